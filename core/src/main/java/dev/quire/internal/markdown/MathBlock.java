package dev.quire.internal.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code $$ … $$} block (or a {@code ```math} fence): display TeX for the theme to typeset. */
public final class MathBlock extends Block {

    private String tex = "";

    MathBlock(BasedSequence chars) {
        super(chars);
    }

    /** The TeX between the {@code $$} lines. */
    public String tex() {
        return tex;
    }

    void setTex(String tex) {
        this.tex = tex;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
