package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The title of an {@link Admonition} ({@code [Title]} or the words after the type); its children are inline nodes. */
public final class AdmonitionTitle extends Node {

    AdmonitionTitle(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
