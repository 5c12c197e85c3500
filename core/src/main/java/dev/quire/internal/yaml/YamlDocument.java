package dev.quire.internal.yaml;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.text.Html;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A YAML document read into a Jackson tree that remembers the source line of every node.
 *
 * <p>SnakeYAML Engine composes the document (YAML 1.2 core schema, as js-yaml reads Docusaurus
 * front matter); nothing is ever constructed from tags, so YAML cannot instantiate classes.
 * Alias bombs are refused by the alias limit and by a limit on the expanded size.
 */
public final class YamlDocument {

    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 64;
    private static final int MAX_NODES = 100_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads {@code yaml}, which starts at line {@code firstLine} of {@code file}.
     *
     * @throws QuireException naming the file and line of the first syntax error
     */
    public static YamlDocument parse(String yaml, String file, int firstLine) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(4 * 1024 * 1024)
                .build();
        Optional<Node> composed;
        try {
            composed = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
            throw new QuireException(file, line, "invalid YAML: " + describe(e));
        } catch (YamlEngineException e) {
            throw new QuireException(file, firstLine, "invalid YAML: " + oneLine(e.getMessage()));
        }
        Converter converter = new Converter(file, firstLine);
        JsonNode root = composed.map(n -> converter.convert(n, "", 0)).orElse(NODES.missingNode());
        return new YamlDocument(file, root, converter.lines);
    }

    /** The file this document came from, relative to the site. */
    public String file() {
        return file;
    }

    /** The document's root node; a missing node for an empty document. */
    public JsonNode root() {
        return root;
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that has one. */
    public int line(JsonPointer pointer) {
        JsonPointer at = pointer;
        while (at != null) {
            Integer line = lines.get(at.toString());
            if (line != null) {
                return line;
            }
            at = at.head();
        }
        return lines.getOrDefault("", 0);
    }

    /** Like {@link #line(JsonPointer)} for a pointer written as a string, e.g. {@code /blog/path}. */
    public int line(String pointer) {
        return line(JsonPointer.compile(pointer));
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        String text = problem != null ? problem : e.getMessage();
        if (context != null && problem != null) {
            text = context + ", " + problem;
        }
        return oneLine(text);
    }

    private static String oneLine(String text) {
        return text == null ? "unknown problem" : text.replaceAll("\\s+", " ").trim();
    }

    /** Turns composed nodes into a Jackson tree, checking what composing alone does not. */
    private static final class Converter {
        private final String file;
        private final int firstLine;
        private final Map<String, Integer> lines = new HashMap<>();
        private int nodes;

        Converter(String file, int firstLine) {
            this.file = file;
            this.firstLine = firstLine;
        }

        JsonNode convert(Node node, String pointer, int depth) {
            int line = node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
            lines.putIfAbsent(pointer, line);
            if (++nodes > MAX_NODES) {
                throw new QuireException(file, line, "YAML expands to more than " + MAX_NODES
                        + " values (aliases repeated inside aliases?); refusing to read it");
            }
            if (depth > MAX_DEPTH || node.isRecursive()) {
                throw new QuireException(file, line, "YAML is nested too deeply or refers to itself");
            }
            if (node instanceof MappingNode mapping) {
                return mapping(mapping, pointer, depth);
            }
            if (node instanceof SequenceNode sequence) {
                checkStandard(sequence.getTag(), Tag.SEQ, line);
                ArrayNode array = NODES.arrayNode();
                for (Node item : sequence.getValue()) {
                    array.add(convert(item, pointer + "/" + array.size(), depth + 1));
                }
                return array;
            }
            return scalar((ScalarNode) node, line);
        }

        private JsonNode mapping(MappingNode mapping, String pointer, int depth) {
            int line = lines.get(pointer);
            checkStandard(mapping.getTag(), Tag.MAP, line);
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new QuireException(file, line, "YAML keys must be plain words, not lists or mappings");
                }
                String key = keyNode.getValue();
                int keyLine = keyNode.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
                if (object.has(key)) {
                    throw new QuireException(file, keyLine, "duplicate key '" + key + "'");
                }
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                lines.put(child, keyLine);
                object.set(key, convert(tuple.getValueNode(), child, depth + 1));
            }
            return object;
        }

        private JsonNode scalar(ScalarNode scalar, int line) {
            Tag tag = scalar.getTag();
            String value = scalar.getValue();
            if (tag.equals(Tag.STR)) {
                // YAML escapes such as "\a" or "\x1b" make control characters that no page may carry.
                return NODES.textNode(Html.withoutControlCharacters(value));
            }
            if (tag.equals(Tag.NULL)) {
                return NODES.nullNode();
            }
            if (tag.equals(Tag.BOOL)) {
                return NODES.booleanNode(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
            }
            if (tag.equals(Tag.INT)) {
                return integer(value);
            }
            if (tag.equals(Tag.FLOAT)) {
                return NODES.numberNode(floating(value));
            }
            throw unsupportedTag(tag, line);
        }

        private void checkStandard(Tag tag, Tag expected, int line) {
            if (!tag.equals(expected)) {
                throw unsupportedTag(tag, line);
            }
        }

        private QuireException unsupportedTag(Tag tag, int line) {
            return new QuireException(file, line, "YAML tag '" + tag.getValue()
                    + "' is not allowed; write plain text, numbers, lists and mappings");
        }

        private static JsonNode integer(String text) {
            String digits = text.replace("_", "");
            boolean negative = digits.startsWith("-");
            if (digits.startsWith("-") || digits.startsWith("+")) {
                digits = digits.substring(1);
            }
            BigInteger value;
            if (digits.startsWith("0x")) {
                value = new BigInteger(digits.substring(2), 16);
            } else if (digits.startsWith("0o")) {
                value = new BigInteger(digits.substring(2), 8);
            } else {
                value = new BigInteger(digits);
            }
            if (negative) {
                value = value.negate();
            }
            return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                    : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }

        private static double floating(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return switch (lower) {
                case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
                case "-.inf" -> Double.NEGATIVE_INFINITY;
                case ".nan" -> Double.NaN;
                default -> Double.parseDouble(lower.replace("_", ""));
            };
        }
    }
}
