package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Map;

/**
 * A Docusaurus admonition, {@code :::tip[Title]{#id .class}} … {@code :::}; its children are an
 * {@link AdmonitionTitle} when it has a title, then blocks.
 */
public final class Admonition extends Block {

    private final String type;
    private final Map<String, String> attributes;

    Admonition(BasedSequence chars, String type, Map<String, String> attributes) {
        super(chars);
        this.type = type;
        this.attributes = Map.copyOf(attributes);
    }

    /** The keyword as written, in lower case: {@code note}, {@code tip}, {@code caution}… */
    public String type() {
        return type;
    }

    /** The {@code {…}} attributes: {@code id}, {@code class} and the named ones. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** The title, parsed as inline Markdown; null for the type's default title. */
    public AdmonitionTitle title() {
        Node first = getFirstChild();
        return first instanceof AdmonitionTitle title ? title : null;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
