package dev.quire.internal.mdx;

/**
 * A file that the MDX compiler would refuse, with the offset in the parsed text of the
 * character at fault. {@link #line(CharSequence)} and {@link #column(CharSequence)} turn it into
 * the 1-based position MDX reports.
 */
public final class MdxSyntaxException extends RuntimeException {

    private final int offset;

    MdxSyntaxException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** The index in the parsed text of the character at fault (its length at end of file). */
    public int offset() {
        return offset;
    }

    /** The 1-based line of {@link #offset()} in {@code text}. */
    public int line(CharSequence text) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of {@link #offset()} in {@code text}. */
    public int column(CharSequence text) {
        int column = 1;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            column++;
        }
        return column;
    }
}
