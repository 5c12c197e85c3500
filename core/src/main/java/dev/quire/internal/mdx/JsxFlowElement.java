package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A JSX element whose tags stand on lines of their own; its children are blocks. */
public final class JsxFlowElement extends Block implements JsxElement {

    private final JsxTag opening;

    JsxFlowElement(BasedSequence chars, JsxTag opening) {
        super(chars);
        this.opening = opening;
    }

    @Override
    public JsxTag opening() {
        return opening;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
