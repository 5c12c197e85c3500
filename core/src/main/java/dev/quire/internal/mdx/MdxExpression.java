package dev.quire.internal.mdx;

/** An MDX {@code {expression}}, in flow or in text. */
public interface MdxExpression {

    /** The JavaScript between the braces, as written. */
    String value();

    /** True for {@code {/* a comment *&#47;}} and {@code {}}: nothing to show. */
    default boolean isComment() {
        return Js.isEmpty(value());
    }

    /** The text when the expression is a string literal ({@code {'a'}}, {@code {`a`}}); null otherwise. */
    default String stringLiteral() {
        return Js.stringLiteral(value());
    }
}
