package dev.quire.internal.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code $…$} in text: TeX for the theme to typeset, kept out of Markdown's reach. */
public final class MathInline extends Node {

    private final String tex;

    MathInline(BasedSequence chars, String tex) {
        super(chars);
        this.tex = tex;
    }

    /** The TeX between the dollar signs. */
    public String tex() {
        return tex;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
