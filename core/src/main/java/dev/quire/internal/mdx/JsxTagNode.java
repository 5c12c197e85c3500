package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A tag as parsed, before {@link JsxPairing} pairs opening and closing tags into elements, as
 * mdast-util-mdx-jsx does after micromark has read them one by one.
 */
final class JsxTagNode extends Node {

    final JsxTag tag;
    final boolean flow;

    JsxTagNode(BasedSequence chars, JsxTag tag, boolean flow) {
        super(chars);
        this.tag = tag;
        this.flow = flow;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
