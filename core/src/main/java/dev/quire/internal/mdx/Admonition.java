package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A Docusaurus admonition, {@code :::tip[Title]} … {@code :::}; its children are blocks. */
public final class Admonition extends Block {

    private final String type;
    private final String title;

    Admonition(BasedSequence chars, String type, String title) {
        super(chars);
        this.type = type;
        this.title = title;
    }

    /** The keyword as written, in lower case: {@code note}, {@code tip}, {@code caution}… */
    public String type() {
        return type;
    }

    /** The title as written, or null for the type's default title. */
    public String title() {
        return title;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
