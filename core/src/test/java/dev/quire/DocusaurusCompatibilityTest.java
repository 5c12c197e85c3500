package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.model.Post;
import dev.quire.model.Site;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the fixture blog of {@code docusaurus-compat/} and compares every post with what
 * Docusaurus itself made of the same files ({@code expected.json}, recorded by
 * {@code regenerate.sh}). Where Quire differs on purpose, the difference is listed in
 * {@link #INTENTIONAL} with its reason, and the test checks that it is still a difference.
 */
class DocusaurusCompatibilityTest {

    /** A field of a post where Quire and Docusaurus disagree on purpose. */
    private record Difference(String source, String field, Object quire, String why) {
    }

    private static final String DATE_FROM_TITLE = "with no date in the front matter or the file name, Quire takes"
            + " the one the title starts with; Docusaurus takes the time of the file's first commit";
    private static final String PLAIN_DESCRIPTION =
            "a description is plain text; Docusaurus's line-based excerpt keeps a list item's marker";

    /** Kept in step with the "Intentional differences" table of {@code docusaurus-compat/README.md}. */
    private static final List<Difference> INTENTIONAL = List.of(
            new Difference("blog/weekly/papers-review.mdx", "date", "2025-11-28", DATE_FROM_TITLE),
            new Difference("blog/weekly/papers-review.mdx", "time", Instant.parse("2025-11-28T00:00:00Z"), DATE_FROM_TITLE),
            new Difference("blog/2024-05-14-emphasis-title.md", "title", "A careful look at scaling laws",
                    "a title taken from the first heading is plain text; Docusaurus keeps the emphasis marks"),
            new Difference("blog/2024-12-10-export-first.mdx", "title", "Exported before the title",
                    "the title is the first heading after the whole MDX preamble, exports included;"
                            + " Docusaurus looks past imports only and falls back to the file name"),
            new Difference("blog/2024-08-02-duplicate-tags.md", "tags",
                    List.of("ML → /blog/tags/ml", "Machine learning → /blog/tags/machine-learning"),
                    "a post names each tag page once; Docusaurus repeats it for every label that maps to it"),
            new Difference("blog/2024-10-21-list-first.md", "description", "The first item opens the post",
                    PLAIN_DESCRIPTION),
            new Difference("blog/reading-list.md", "description", "First, a survey of state space models",
                    PLAIN_DESCRIPTION),
            new Difference("blog/2024-11-11-truncate-in-code.md", "truncated", false,
                    "a truncate marker inside a code block is an example, not a marker;"
                            + " Docusaurus's regular expression finds it anywhere in the file"));

    private static Path fixture;
    private static JsonNode expected;
    private static Site site;
    private static final List<Diagnostic> diagnostics = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        fixture = Path.of(DocusaurusCompatibilityTest.class.getResource("/docusaurus-compat").toURI());
        expected = new ObjectMapper().readTree(Files.readString(fixture.resolve("expected.json")));
        site = Quire.load(BuildOptions.of(fixture.resolve("site")), new Diagnostics(diagnostics::add))
                .orElseThrow(() -> new AssertionError("the fixture did not load: " + diagnostics));
    }

    @Test
    void expectationsComeFromTheDocusaurusThatIsPinnedAndNamedInTheReadme() throws IOException {
        String generator = expected.path("generator").asText();
        String version = generator.replaceFirst("^@docusaurus/core ", "");
        assertThat(generator).startsWith("@docusaurus/core 3.");
        JsonNode pinned = new ObjectMapper().readTree(Files.readString(fixture.resolve("oracle/package.json")));
        assertThat(pinned.path("dependencies").path("@docusaurus/core").asText()).isEqualTo(version);
        assertThat(Files.readString(fixture.resolve("README.md"))).contains("`@docusaurus/core` " + version);
        assertThat(expected.path("posts")).hasSizeGreaterThan(50);
    }

    @Test
    void buildsTheSamePostsAndSkipsTheSameFiles() {
        Set<String> docusaurus = new TreeSet<>(sources(expected.path("posts")));
        Set<String> quire = site.posts().stream().map(Post::source).collect(Collectors.toCollection(TreeSet::new));
        assertThat(quire).containsExactlyElementsOf(docusaurus);
        for (JsonNode skipped : expected.path("skipped")) {
            assertThat(Files.isRegularFile(fixture.resolve("site").resolve(skipped.asText())))
                    .as("skipped file %s exists", skipped.asText()).isTrue();
            assertThat(quire).doesNotContain(skipped.asText());
        }
    }

    @Test
    void everyPostHasTheMetadataDocusaurusGivesIt() {
        Map<String, Post> bySource = site.posts().stream().collect(Collectors.toMap(Post::source, Function.identity()));
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode post : expected.path("posts")) {
            String source = post.path("source").asText();
            Post quire = bySource.get(source);
            if (quire == null) {
                softly.fail("Quire did not load " + source);
                continue;
            }
            Map<String, Object> theirs = docusaurusFields(post);
            Map<String, Object> ours = quireFields(quire);
            theirs.forEach((field, value) -> {
                Difference difference = intentional(source, field);
                if (difference == null) {
                    softly.assertThat(ours.get(field)).as("%s: %s", source, field).isEqualTo(value);
                } else {
                    softly.assertThat(ours.get(field)).as("%s: %s (%s)", source, field, difference.why())
                            .isEqualTo(difference.quire());
                    softly.assertThat(value).as("%s: %s is documented as a difference", source, field)
                            .isNotEqualTo(difference.quire());
                }
            });
        }
        softly.assertAll();
    }

    @Test
    void everyDocumentedDifferenceNamesARecordedPostAndField() {
        Set<String> recorded = new TreeSet<>(sources(expected.path("posts")));
        for (Difference difference : INTENTIONAL) {
            assertThat(recorded).contains(difference.source());
            assertThat(docusaurusFields(expected.path("posts").get(0)).keySet()).contains(difference.field());
        }
    }

    private static Difference intentional(String source, String field) {
        return INTENTIONAL.stream().filter(d -> d.source().equals(source) && d.field().equals(field))
                .findFirst().orElse(null);
    }

    private static List<String> sources(JsonNode posts) {
        return StreamSupport.stream(posts.spliterator(), false).map(p -> p.path("source").asText()).toList();
    }

    private static Map<String, Object> docusaurusFields(JsonNode post) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("permalink", post.path("permalink").asText());
        fields.put("title", post.path("title").asText());
        fields.put("date", post.path("day").asText());
        fields.put("time", Instant.parse(post.path("date").asText()));
        fields.put("tags", StreamSupport.stream(post.path("tags").spliterator(), false)
                .map(t -> t.path("label").asText() + " → " + t.path("permalink").asText()).toList());
        fields.put("authors", StreamSupport.stream(post.path("authors").spliterator(), false)
                .map(a -> a.path("name").asText()).toList());
        fields.put("description", post.path("description").asText());
        fields.put("truncated", post.path("hasTruncateMarker").asBoolean());
        fields.put("unlisted", post.path("unlisted").asBoolean());
        return fields;
    }

    private static Map<String, Object> quireFields(Post post) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("permalink", post.permalink());
        fields.put("title", post.title());
        fields.put("date", post.day().toString());
        fields.put("time", post.date().toInstant());
        fields.put("tags", post.tags().stream().map(t -> t.label() + " → " + t.permalink()).toList());
        fields.put("authors", post.authors().stream().map(a -> a.name()).toList());
        fields.put("description", post.description());
        fields.put("truncated", post.truncated());
        fields.put("unlisted", post.unlisted());
        return fields;
    }
}
