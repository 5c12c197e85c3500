package dev.quire.internal.mdx;

import java.util.List;

/** An MDX JSX element, in flow or in text; its children are flexmark nodes. */
public interface JsxElement {

    /** Its opening tag, as written. */
    JsxTag opening();

    /** {@code a}, {@code a.b} or {@code a:b}; null for a fragment. */
    default String name() {
        return opening().name();
    }

    default List<JsxTag.Attribute> attributes() {
        return opening().attributes();
    }

    /** The offset of its opening {@code <} in the parsed text. */
    default int offset() {
        return getStartOffset();
    }

    /** As flexmark's {@code Node} has it. */
    int getStartOffset();
}
