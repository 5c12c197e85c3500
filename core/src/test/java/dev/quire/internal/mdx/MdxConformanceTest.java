package dev.quire.internal.mdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vladsch.flexmark.util.ast.Document;
import dev.quire.internal.markdown.Markdown;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every case of {@code dev/quire/mdx/conformance/*.cases} with Quire's parser and compares
 * the tree, as normalized mdast, with what the MDX compiler made of it ({@code *.expected.json},
 * written by tools/mdx-conformance). A source the compiler refuses must be refused at the same
 * line and column (where it gives one). A case Quire means to read differently is listed in
 * {@link IntendedDifferences} with the reason, and must still differ.
 */
class MdxConformanceTest {

    private static final String CASES = "/dev/quire/mdx/conformance/";
    private static final Pattern HEADER = Pattern.compile("=== ([a-z0-9]+(?:-[a-z0-9]+)*)( \\[md])?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Markdown MARKDOWN = new Markdown(List.of());
    private static int agreed;
    private static int differedOnPurpose;

    record Case(String topic, String name, boolean md, String source) {
    }

    @TestFactory
    Stream<DynamicTest> everyCaseParsesAsTheMdxCompilerParsesIt() throws IOException, URISyntaxException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : caseFiles()) {
            String topic = file.getFileName().toString().replace(".cases", "");
            JsonNode expected = JSON.readTree(file.resolveSibling(topic + ".expected.json").toFile());
            for (Case c : cases(topic, Files.readString(file))) {
                tests.add(DynamicTest.dynamicTest(topic + "/" + c.name(), () -> check(c, expected.get(c.name()))));
            }
        }
        return tests.stream();
    }

    private static void check(Case c, JsonNode expected) {
        assertThat(expected).as("the expectation of " + c.name() + " (run tools/mdx-conformance)").isNotNull();
        JsonNode actual = parse(c);
        ACTUAL.computeIfAbsent(c.topic(), t -> JSON.createObjectNode()).set(c.name(), actual);
        String reason = IntendedDifferences.REASONS.get(c.topic() + "/" + c.name());
        if (reason != null) {
            assertThat(agrees(expected, actual)).as(c.name() + " is an intended difference but agrees now: unlist it")
                    .isFalse();
            differedOnPurpose++;
            return;
        }
        if (!agrees(expected, actual)) {
            assertThat(actual.toPrettyString()).as(c.topic() + "/" + c.name() + ":\n" + c.source())
                    .isEqualTo(expected.toPrettyString());
        }
        agreed++;
    }

    /** What Quire made of each case, by topic, written to target/mdx-conformance/ for comparing by eye. */
    private static final Map<String, ObjectNode> ACTUAL = new LinkedHashMap<>();

    @AfterAll
    static void report() throws IOException {
        Path out = Path.of("target", "mdx-conformance");
        Files.createDirectories(out);
        for (Map.Entry<String, ObjectNode> topic : ACTUAL.entrySet()) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(topic.getKey() + ".actual.json").toFile(),
                    topic.getValue());
        }
        System.out.println("MDX conformance: " + agreed + " cases agree, " + differedOnPurpose + " differ on purpose");
    }

    @Test
    void everyIntendedDifferenceNamesACase() throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (Path file : caseFiles()) {
            String topic = file.getFileName().toString().replace(".cases", "");
            cases(topic, Files.readString(file)).forEach(c -> names.add(topic + "/" + c.name()));
        }
        assertThat(names).containsAll(IntendedDifferences.REASONS.keySet());
    }

    private static JsonNode parse(Case c) {
        try {
            Document document = c.md() ? MARKDOWN.parse(c.source()) : MARKDOWN.parseMdx(c.source());
            return MdastJson.tree(document);
        } catch (MdxSyntaxException e) {
            return MdastJson.error(e.line(c.source()), e.column(c.source()), e.getMessage());
        }
    }

    /** The same tree; or both refuse the source, at the same place where the compiler names one. */
    private static boolean agrees(JsonNode expected, JsonNode actual) {
        if (expected.has("error") && actual.has("error")) {
            JsonNode e = expected.get("error");
            JsonNode a = actual.get("error");
            return e.get("line").isNull() || e.get("line").equals(a.get("line")) && e.get("column").equals(a.get("column"));
        }
        return expected.equals(actual);
    }

    private static List<Path> caseFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(MdxConformanceTest.class.getResource(CASES).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".cases")).sorted().toList();
        }
    }

    /** The cases of a file, by the rules of tools/mdx-conformance/README.md. */
    static List<Case> cases(String topic, String text) {
        Map<String, Case> cases = new LinkedHashMap<>();
        String name = null;
        boolean md = false;
        List<String> lines = new ArrayList<>();
        for (String line : (text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).split("\n", -1)) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (name != null) {
                    cases.put(name, new Case(topic, name, md, String.join("\n", lines)));
                }
                name = header.group(1);
                md = header.group(2) != null;
                lines.clear();
            } else if (name != null) {
                lines.add(line);
            }
        }
        if (name != null) {
            cases.put(name, new Case(topic, name, md, String.join("\n", lines)));
        }
        return List.copyOf(cases.values());
    }
}
