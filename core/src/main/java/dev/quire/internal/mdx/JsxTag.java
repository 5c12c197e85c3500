package dev.quire.internal.mdx;

import java.util.List;

/**
 * One JSX tag as MDX reads it: {@code <a.b c="d" e={f} {...g} />}.
 *
 * @param name        {@code a}, {@code a.b} or {@code a:b}; null for a fragment ({@code <>}, {@code </>})
 * @param attributes  in order
 * @param closing     {@code </a>}
 * @param selfClosing {@code <a />}
 * @param start       the index of its {@code <}
 * @param end         the index just after its {@code >}
 */
public record JsxTag(String name, List<Attribute> attributes, boolean closing, boolean selfClosing, int start, int end) {

    /** How an attribute was written. */
    public enum Kind {
        /** {@code <a b>}: true in JSX */
        BOOLEAN,
        /** {@code <a b="c">}: the value is the text, character references decoded */
        LITERAL,
        /** {@code <a b={c}>}: the value is the source between the braces */
        EXPRESSION,
        /** {@code <a {...b}>}: no name; the value is the source between the braces */
        SPREAD
    }

    /**
     * @param name  {@code b} or {@code b:c}; null for a spread
     * @param kind  how the value was written
     * @param value the text or source, per {@code kind}; null for {@link Kind#BOOLEAN}
     */
    public record Attribute(String name, Kind kind, String value) {
    }

    /** The name as MDX shows it in messages: {@code <a>}, {@code </a>}, {@code <>}. */
    String display() {
        return "<" + (closing ? "/" : "") + (name == null ? "" : name) + ">";
    }
}
