package dev.quire.internal.mdx;

import java.util.List;

/** An MDX JSX element, in flow or in text; its children are flexmark nodes. */
public interface JsxElement {

    /** {@code a}, {@code a.b} or {@code a:b}; null for a fragment. */
    String name();

    List<JsxTag.Attribute> attributes();

    /** The offset of its opening {@code <} in the parsed text. */
    int offset();
}
