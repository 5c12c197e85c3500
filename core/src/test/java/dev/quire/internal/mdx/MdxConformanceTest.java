package dev.quire.internal.mdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every case of {@code dev/quire/mdx/conformance/*.cases} and compares the tree, as
 * normalized mdast, with what the MDX compiler made of it ({@code *.expected.json}). A syntax
 * error must be reported at the same line and column, with MDX's message (a position range in it
 * left out; Quire may say more after it). Where Quire means to differ, the case is listed in
 * {@link #INTENDED_DIFFERENCES} with the reason, and the test checks that it still differs.
 */
class MdxConformanceTest {

    private static final String CASES = "/dev/quire/mdx/conformance/";
    private static final String CASE_MARKER = "%%% ";

    /** Case name → why Quire reads it differently from the MDX compiler. */
    static final Map<String, String> INTENDED_DIFFERENCES = Map.of(
            "error-esm-without-blank-line", "Quire does not parse the JavaScript of import/export blocks; it checks "
                    + "that their brackets, strings and comments close, so Markdown after an import without a blank "
                    + "line is taken into the block instead of being refused",
            "error-non-spread-attribute-expression", "MDX names the JavaScript node it found (`Property`); Quire, "
                    + "which does not build a JavaScript tree, says that only spread elements are supported",
            "error-html-comment-truncate", "Docusaurus reads `<!-- truncate -->` in MDX files as the truncate marker; "
                    + "Quire does the same instead of refusing it");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Parser parser = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
            TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(), MdxExtension.mdx())))
            .build();

    @TestFactory
    Stream<DynamicTest> everyCaseParsesAsTheMdxCompilerParsesIt() throws IOException, URISyntaxException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : caseFiles()) {
            Map<String, String> cases = cases(Files.readString(file));
            JsonNode expected = JSON.readTree(file.resolveSibling(file.getFileName().toString()
                    .replace(".cases", ".expected.json")).toFile());
            cases.forEach((name, source) -> tests.add(DynamicTest.dynamicTest(name, () -> {
                assertThat(expected.has(name)).as("expected tree of " + name).isTrue();
                boolean agrees = agrees(expected.get(name), actual(source));
                if (INTENDED_DIFFERENCES.containsKey(name)) {
                    assertThat(agrees).as(name + " is listed as an intended difference but agrees; unlist it").isFalse();
                } else {
                    assertThat(actual(source).toPrettyString()).isEqualTo(comparable(expected.get(name), actual(source))
                            .toPrettyString());
                }
            })));
        }
        return tests.stream();
    }

    @Test
    void everyIntendedDifferenceNamesACase() throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (Path file : caseFiles()) {
            names.addAll(cases(Files.readString(file)).keySet());
        }
        assertThat(names).containsAll(INTENDED_DIFFERENCES.keySet()).doesNotHaveDuplicates();
    }

    private JsonNode actual(String source) {
        try {
            return MdastJson.of(MdxParser.parse(parser, source));
        } catch (MdxSyntaxException e) {
            return MdastJson.error(e.line(source), e.column(source), e.getMessage());
        }
    }

    private static boolean agrees(JsonNode expected, JsonNode actual) {
        return comparable(expected, actual).equals(actual);
    }

    /**
     * The expected tree as it must equal the actual one: for an error, MDX's message without its
     * position ranges and, where Quire's message goes on after it, with Quire's rest appended;
     * a position MDX does not give is not compared.
     */
    private static JsonNode comparable(JsonNode expected, JsonNode actual) {
        if (!expected.has("error") || !actual.has("error")) {
            return expected;
        }
        JsonNode e = expected.get("error");
        JsonNode a = actual.get("error");
        String message = e.get("message").asText().replaceAll(" \\(\\d+:\\d+-\\d+:\\d+\\)", "");
        String actualMessage = a.get("message").asText();
        if (actualMessage.startsWith(message)) {
            message = actualMessage;
        }
        return MdastJson.error(e.has("line") ? e.get("line").asInt() : a.get("line").asInt(),
                e.has("column") ? e.get("column").asInt() : a.get("column").asInt(), message);
    }

    private static List<Path> caseFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(MdxConformanceTest.class.getResource(CASES).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".cases")).sorted().toList();
        }
    }

    /** The cases of a file: each starts with a line {@code %%% name}; the final newline is not part of the last. */
    static Map<String, String> cases(String text) {
        Map<String, String> cases = new LinkedHashMap<>();
        String name = null;
        StringBuilder source = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(CASE_MARKER)) {
                if (name != null) {
                    cases.put(name, source.substring(0, Math.max(0, source.length() - 1)));
                }
                name = line.substring(CASE_MARKER.length()).strip();
                source.setLength(0);
            } else {
                source.append(line).append('\n');
            }
        }
        if (name != null) {
            String last = source.toString();
            cases.put(name, last.endsWith("\n\n") ? last.substring(0, last.length() - 2) : last.replaceAll("\n$", ""));
        }
        return cases;
    }
}
