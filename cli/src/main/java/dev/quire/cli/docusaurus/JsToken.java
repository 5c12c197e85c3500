package dev.quire.cli.docusaurus;

/**
 * One token of a JavaScript or TypeScript file.
 *
 * @param kind  what it is
 * @param text  the token as written; for a string, its value with escapes resolved
 * @param line  the 1-based line it starts on
 */
record JsToken(Kind kind, String text, int line) {

    enum Kind {
        /** A name or keyword: {@code module}, {@code true}, {@code satisfies}. */
        NAME,
        /** A quoted string, or a template without {@code ${}}. */
        STRING,
        /**
         * A template literal with {@code ${}}: its value is known only when the file runs; the text
         * shows each substitution as <code>${…}</code>.
         */
        TEMPLATE,
        NUMBER,
        /** A regular expression literal. */
        REGEX,
        /** Punctuation or an operator: {@code {}, {@code :}, {@code =>}, {@code ...}. */
        PUNCT,
        END
    }

    boolean is(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }
}
