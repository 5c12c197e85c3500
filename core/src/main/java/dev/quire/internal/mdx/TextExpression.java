package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code {expression}} in a paragraph or heading. */
public final class TextExpression extends Node implements MdxExpression {

    private final String value;

    TextExpression(BasedSequence chars, String value) {
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
