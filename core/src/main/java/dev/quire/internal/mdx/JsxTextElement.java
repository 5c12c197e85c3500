package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A JSX element in a paragraph or heading; its children are inline nodes. */
public final class JsxTextElement extends Node implements JsxElement {

    private final JsxTag opening;

    JsxTextElement(BasedSequence chars, JsxTag opening) {
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
