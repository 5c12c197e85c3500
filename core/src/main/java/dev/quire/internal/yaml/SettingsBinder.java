package dev.quire.internal.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Binds one section of a YAML document to a settings type (usually a record) with kebab-case keys.
 *
 * <p>An unknown key is a warning that names the file and line, and the known key nearest to it
 * when one is close enough to be a typo; a value of the wrong type is a {@link QuireException}
 * that names the key, what was expected, and the line.
 */
public final class SettingsBinder {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert))
            .build();

    private SettingsBinder() {
    }

    /**
     * Binds the node at {@code pointer} of {@code document}; a missing node binds as an empty mapping.
     *
     * @param unknownKeys receives a warning for each key the type does not have
     */
    public static <T> T bind(YamlDocument document, String pointer, Class<T> type, Diagnostics unknownKeys) {
        return bind(document, document.root().at(pointer), pointer, type, unknownKeys);
    }

    /**
     * Binds {@code node}, which stands at {@code pointer} of {@code document} (it may be a trimmed
     * copy of the node there); a missing node binds as an empty mapping.
     */
    public static <T> T bind(YamlDocument document, JsonNode node, String pointer, Class<T> type,
            Diagnostics unknownKeys) {
        return bind(document, node, pointer, type, unknownKeys, Set.of());
    }

    /**
     * Like {@link #bind(YamlDocument, JsonNode, String, Class, Diagnostics)}, where {@code node}
     * had {@code otherKeys} too, bound elsewhere (e.g. the sections of plugins beside the core's
     * settings): a mistyped key may be meant as one of them.
     */
    public static <T> T bind(YamlDocument document, JsonNode node, String pointer, Class<T> type,
            Diagnostics unknownKeys, Set<String> otherKeys) {
        if (node.isMissingNode() || node.isNull()) {
            node = MAPPER.createObjectNode();
        }
        try {
            return MAPPER.reader()
                    .withHandler(new UnknownKeys(document, pointer, unknownKeys, otherKeys))
                    .forType(type)
                    .readValue(node);
        } catch (JsonMappingException e) {
            throw invalid(document, pointer, e);
        } catch (IOException e) {
            throw new QuireException(document.file(), document.line(pointer), e.getMessage(), e);
        }
    }

    private static QuireException invalid(YamlDocument document, String base, JsonMappingException e) {
        StringBuilder path = new StringBuilder(base);
        StringBuilder dotted = new StringBuilder(base.isEmpty() ? "" : base.substring(1).replace('/', '.'));
        for (JsonMappingException.Reference ref : e.getPath()) {
            String part = ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex());
            path.append('/').append(part);
            dotted.append(dotted.length() == 0 ? "" : ".").append(part);
        }
        int line = document.line(JsonPointer.compile(path.toString()));
        String expected;
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            expected = " must be " + SettingTypes.describe(m.getTargetType());
        } else if (e.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null) {
            // A setting type's own factory says what it accepts ("must be mdx, md or detect").
            expected = " " + refused.getMessage();
        } else {
            expected = " is not valid";
        }
        String got = e instanceof InvalidFormatException f ? " (got '" + f.getValue() + "')" : "";
        return new QuireException(document.file(), line, "'" + dotted + "'" + expected + got, e);
    }

    /** The key {@code quire.yml} uses for a record component: {@code postsPerPage} is {@code posts-per-page}. */
    public static String key(String componentName) {
        return ((PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE).translate(componentName);
    }

    /** What {@code type} binds to when its section is empty or missing: its defaults. */
    public static <T> T defaults(Class<T> type) {
        return bind(YamlDocument.parse("", "(defaults)", 1), "", type, new Diagnostics());
    }

    /**
     * A value as it is written in {@code quire.yml}: {@code 20}, {@code true}, {@code full} (an enum
     * by its YAML name), {@code [rss, atom]}, {@code ""}, {@code null}.
     */
    public static String yaml(Object value) {
        return yaml(MAPPER.valueToTree(value));
    }

    private static String yaml(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isTextual()) {
            return node.asText().isEmpty() ? "\"\"" : node.asText();
        }
        if (node.isArray()) {
            StringBuilder list = new StringBuilder("[");
            node.forEach(item -> list.append(list.length() > 1 ? ", " : "").append(yaml(item)));
            return list.append(']').toString();
        }
        if (node.isObject()) {
            StringBuilder map = new StringBuilder("{");
            node.fields().forEachRemaining(e -> map.append(map.length() > 1 ? ", " : "")
                    .append(e.getKey()).append(": ").append(yaml(e.getValue())));
            return map.append('}').toString();
        }
        return node.asText();
    }

    /** Turns unknown keys into warnings instead of failures. */
    private static final class UnknownKeys extends DeserializationProblemHandler {
        private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

        private final YamlDocument document;
        private final String base;
        private final Diagnostics diagnostics;
        private final Set<String> otherKeys;

        UnknownKeys(YamlDocument document, String base, Diagnostics diagnostics, Set<String> otherKeys) {
            this.document = document;
            this.base = base;
            this.diagnostics = diagnostics;
            this.otherKeys = otherKeys;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String name) throws IOException {
            JsonPointer at = JsonPointer.compile(base + parser.getParsingContext().pathAsPointer());
            String key = dotted(at);
            List<String> known = new ArrayList<>();
            deserializer.getKnownPropertyNames().forEach(property -> known.add(String.valueOf(property)));
            if (parser.getParsingContext().getParent().inRoot()) {
                known.addAll(otherKeys);
            }
            String parents = dotted(at.head());
            String suggestion = nearest(name, known)
                    .map(near -> "; did you mean '" + (parents.isEmpty() ? "" : parents + ".") + near + "'?").orElse("");
            diagnostics.warning(document.file(), document.line(at), "unknown setting '" + key + "' is ignored" + suggestion);
            parser.skipChildren();
            return true;
        }

        /** {@code /blog/path} as {@code blog.path}, as messages name keys. */
        private static String dotted(JsonPointer pointer) {
            String path = pointer.toString();
            return path.isEmpty() ? "" : path.substring(1).replace('/', '.');
        }

        /** The known key closest to {@code name}, when it is near enough to be a typo of it. */
        private static Optional<String> nearest(String name, List<String> known) {
            int allowed = Math.max(2, name.length() / 3);
            return known.stream()
                    .filter(candidate -> DISTANCE.apply(name, candidate) <= allowed)
                    .min(Comparator.comparingInt((String candidate) -> DISTANCE.apply(name, candidate))
                            .thenComparing(Comparator.naturalOrder()));
        }
    }
}
