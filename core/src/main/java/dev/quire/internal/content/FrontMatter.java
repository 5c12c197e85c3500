package dev.quire.internal.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.yaml.YamlDocument;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content file's front matter, read with the types Docusaurus accepts. A value of the wrong
 * type is an error naming the key, what was expected and the line.
 */
final class FrontMatter {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final YamlDocument document;
    private final JsonNode root;

    private FrontMatter(YamlDocument document, JsonNode root) {
        this.document = document;
        this.root = root;
    }

    /** Reads front matter YAML; {@code yaml} may be null when the file has none. */
    static FrontMatter read(String yaml, String source) {
        if (yaml == null) {
            return new FrontMatter(null, PLAIN.createObjectNode());
        }
        YamlDocument document = YamlDocument.parse(yaml, source, SourceText.FRONT_MATTER_FIRST_LINE);
        JsonNode root = document.root();
        if (root.isMissingNode() || root.isNull()) {
            return new FrontMatter(document, PLAIN.createObjectNode());
        }
        if (!root.isObject()) {
            throw new QuireException(source, SourceText.FRONT_MATTER_FIRST_LINE,
                    "front matter must be 'key: value' lines, like 'title: My post'");
        }
        return new FrontMatter(document, root);
    }

    boolean has(String key) {
        JsonNode value = root.get(key);
        return value != null && !value.isNull();
    }

    /** A text value; numbers and booleans are taken as their text. */
    Optional<String> text(String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw wrongType(key, "text");
        }
        return Optional.of(value.asText());
    }

    boolean flag(String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrongType(key, "true or false");
        }
        return value.booleanValue();
    }

    /** A date in any of the forms {@link Dates#parse} reads. */
    Optional<ZonedDateTime> date(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Dates.parse(text.get()).orElseThrow(() -> new QuireException(document.file(), line(key),
                "'" + key + "' is not a date: '" + text.get() + "'; write it as YYYY-MM-DD, e.g. 2025-11-28")));
    }

    /** A list of texts; {@code key: [a, b]}. */
    List<String> texts(String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(key, "a list, like " + key + ": [a, b]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull()) {
                throw wrongType(key, "a list of texts");
            }
            out.add(item.asText());
        }
        return out;
    }

    /** The raw node of a key, for the few keys with several shapes ({@code tags}, {@code authors}). */
    JsonNode node(String key) {
        JsonNode value = root.get(key);
        return value == null || value.isNull() ? null : value;
    }

    int line(String key) {
        return document == null ? 1 : document.line("/" + key.replace("~", "~0").replace("/", "~1"));
    }

    int line(String key, int index) {
        return document == null ? 1 : document.line("/" + key + "/" + index);
    }

    String file() {
        return document == null ? null : document.file();
    }

    QuireException wrongType(String key, String expected) {
        JsonNode value = root.get(key);
        String got = value == null ? "" : " (got " + abbreviate(value.toString()) + ")";
        return new QuireException(file(), line(key), "front matter '" + key + "' must be " + expected + got);
    }

    /** Everything, as plain maps, lists, strings, numbers and booleans, for templates and plugins. */
    @SuppressWarnings("unchecked")
    Map<String, Object> asMap() {
        return new LinkedHashMap<>(PLAIN.convertValue(root, LinkedHashMap.class));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
