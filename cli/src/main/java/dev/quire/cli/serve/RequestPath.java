package dev.quire.cli.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path of a request as a list of safe segments, or nothing. Refused: anything not starting with
 * one {@code /}, empty segments ({@code //}), {@code .} and {@code ..} segments in any spelling
 * ({@code %2e%2e}), encoded separators ({@code %2f}, {@code %5c}), backslashes, control characters,
 * NUL, and bytes that are not UTF-8 (overlong forms such as {@code %c0%ae} included). What is left
 * can only name a file inside the served folder.
 */
final class RequestPath {

    private RequestPath() {
    }

    /**
     * @param rawPath the path of the request as sent, percent-encoded, without the query
     * @return the decoded segments ({@code []} for {@code /}; a path ending in {@code /} ends with {@code ""})
     */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (parts[i].isEmpty()) {
                if (last) {
                    segments.add("");
                    continue;
                }
                return Optional.empty();
            }
            Optional<String> decoded = decode(parts[i]);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            String segment = decoded.get();
            if (segment.equals(".") || segment.equals("..") || segment.contains("/") || segment.contains("\\")
                    || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || segment.contains(":")) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        return Optional.of(segments);
    }

    /** Percent-decodes one segment as strict UTF-8; empty when it is malformed. */
    private static Optional<String> decode(String segment) {
        ByteBuffer bytes = ByteBuffer.allocate(segment.length() * 4);
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
