package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Lines that hold only JSX tags and expressions ({@code <div>}, {@code {a}</b>}); its children,
 * {@link JsxTagNode}s and {@link FlowExpression}s, take its place when tags are paired.
 */
final class MdxFlowLine extends Block {

    MdxFlowLine(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
