package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code {expression}} on lines of its own. */
public final class FlowExpression extends Block implements MdxExpression {

    private final String value;

    FlowExpression(BasedSequence chars, String value) {
        super(chars);
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
