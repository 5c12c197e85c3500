package dev.quire.theme.pebble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Values as JSON that may stand inside an HTML {@code <script>} element (JSON-LD, data for
 * scripts): {@code <}, {@code >}, {@code &} and the line separators U+2028/U+2029 are written as
 * {@code \}{@code uXXXX} escapes, so no text from a post can close the element. These characters
 * only ever occur inside JSON strings, where the escapes mean the same.
 */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Json() {
    }

    static String forScript(Object value) {
        try {
            return MAPPER.writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
