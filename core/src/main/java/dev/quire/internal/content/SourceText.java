package dev.quire.internal.content;

import dev.quire.diagnostics.QuireException;
import dev.quire.internal.text.Html;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A content file read as text: strict UTF-8, byte order mark dropped, line endings made {@code \n},
 * and split into its YAML front matter and its body.
 *
 * @param frontMatter   the YAML between the {@code ---} lines, or {@code null} when there is none
 * @param body          everything after the front matter
 * @param bodyFirstLine the line of the file where {@link #body} starts (1-based)
 */
public record SourceText(String frontMatter, String body, int bodyFirstLine) {

    /** The line of the file where the front matter's YAML starts: right after the opening {@code ---}. */
    public static final int FRONT_MATTER_FIRST_LINE = 2;

    /**
     * The largest post or page read. The longest real posts are far below a megabyte; a file of
     * tens of megabytes is generated data or a pasted binary, and its text would be carried into
     * the page, the excerpt and three feeds, each held in memory while the site is written.
     */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final double MEGABYTE = 1024 * 1024;

    /**
     * Reads {@code file}, reporting problems against {@code source} (its path in the site).
     *
     * @throws QuireException when the file is not UTF-8, is empty, or its front matter is not closed
     */
    public static SourceText read(Path file, String source) {
        return parse(readText(file, source), source);
    }

    /**
     * Reads a text file of the site (content, {@code quire.yml}, {@code authors.yml}, ...) as strict
     * UTF-8, without a byte order mark.
     *
     * @param source the file's path in the site, for messages
     * @throws QuireException when the file is too large, unreadable or not UTF-8 (naming the line)
     */
    public static String readText(Path file, String source) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new QuireException(source, 0, String.format(java.util.Locale.ROOT,
                        "the file is %.1f MB; Quire reads text files up to %d MB "
                                + "(split it, or put large data in static/)", size / MEGABYTE, MAX_BYTES >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QuireException(source, 0, "cannot read the file: " + e.getMessage(), e);
        }
        String text = decode(bytes, source);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Splits already decoded text; see {@link #read}. */
    public static SourceText parse(String raw, String source) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = Html.withoutControlCharacters(text.replace("\r\n", "\n").replace('\r', '\n'));
        if (text.isBlank()) {
            throw new QuireException(source, 1, "the file is empty; write a title and some text, or delete it");
        }
        if (!isFence(firstLine(text, 0))) {
            return new SourceText(null, text, 1);
        }
        int start = text.indexOf('\n') + 1;
        if (start == 0) {
            throw unclosed(source);
        }
        int lineStart = start;
        int line = FRONT_MATTER_FIRST_LINE;
        while (lineStart <= text.length()) {
            String current = firstLine(text, lineStart);
            if (isFence(current)) {
                int bodyStart = Math.min(text.length(), lineStart + current.length() + 1);
                return new SourceText(text.substring(start, lineStart), text.substring(bodyStart), line + 1);
            }
            if (lineStart + current.length() >= text.length()) {
                break;
            }
            lineStart += current.length() + 1;
            line++;
        }
        throw unclosed(source);
    }

    private static QuireException unclosed(String source) {
        return new QuireException(source, 1,
                "the front matter that starts here is never closed; add a line with only --- after it");
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static String firstLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.substring(from) : text.substring(from, end);
    }

    private static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new QuireException(source, line, String.format(
                    "the file is not UTF-8 text (byte 0x%02X at offset %d); save it as UTF-8",
                    bytes[bad] & 0xff, bad));
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    /**
     * For each line of {@link #body} (0-based), its line in the file: the parsers keep every line
     * where it was, so line {@code i} of the body is line {@code bodyFirstLine + i}.
     */
    public int[] lineMap() {
        int[] lines = new int[(int) body.chars().filter(c -> c == '\n').count() + 1];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = bodyFirstLine + i;
        }
        return lines;
    }
}
