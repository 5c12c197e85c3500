package dev.quire.plugin.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPluginTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .post("blog/2025-11-28-papers-review.md", "---\ntags: [video, reward]\n"
                        + "test-papers: [Video Generation Models Are Good Latent Reward Models]\n---\n"
                        + "# 2025-11-28 papers review\n\n"
                        + "Reward Feedback learning 방식은 **human preference**에 큰 도움이 됨.\n\n- GPU memory &amp; bottleneck\n\n"
                        + "## 1. [Video Generation](https://huggingface.co/papers/2511.21541)\n\nText.\n")
                .post("blog/2025-11-20-older.md", "---\ntest-papers: [ENACT]\ntest-papers-as-maps: true\n---\n# Older\n\nOlder text.")
                .post("blog/2025-11-25-hidden.md", "---\nunlisted: true\n---\n# Hidden\n\nNot in the index.")
                .file("pages/about.md", "# About\n\nAbout this blog.");
    }

    private static JsonNode index(TestSite site, String path) throws Exception {
        return new ObjectMapper().readTree(site.output(path)).get("entries");
    }

    private static List<String> titles(JsonNode entries) {
        return StreamSupport.stream(entries.spliterator(), false).map(e -> e.get("title").asText()).toList();
    }

    @Test
    void indexesListedPostsNewestFirstThenPages() throws Exception {
        TestSite site = site();

        BuildResult result = site.build();

        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        JsonNode entries = index(site, "search-index.json");
        assertThat(titles(entries)).containsExactly("2025-11-28 papers review", "Older", "About");
        JsonNode first = entries.get(0);
        assertThat(first.get("url").asText()).isEqualTo("/blog/2025/11/28/papers-review/");
        assertThat(first.get("date").asText()).isEqualTo("2025-11-28");
        assertThat(first.get("tags")).extracting(JsonNode::asText).containsExactly("video", "reward");
        assertThat(first.get("text").asText())
                .isEqualTo("Reward Feedback learning 방식은 human preference에 큰 도움이 됨. GPU memory & bottleneck "
                        + "1. Video Generation Text.");
        assertThat(entries.get(2).has("date")).isFalse();
    }

    @Test
    void readsPaperTitlesFromRecordsAndMaps() throws Exception {
        TestSite site = site();

        site.build();

        JsonNode entries = index(site, "search-index.json");
        assertThat(entries.get(0).get("papers")).extracting(JsonNode::asText)
                .containsExactly("Video Generation Models Are Good Latent Reward Models");
        assertThat(entries.get(1).get("papers")).extracting(JsonNode::asText).containsExactly("ENACT");
    }

    @Test
    void shortensLongTexts() throws Exception {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "search:\n  max-text-length: 12\n");

        site.build();

        assertThat(index(site, "search-index.json").get(0).get("text").asText()).isEqualTo("Reward Feedb");
    }

    @Test
    void canBeMovedOrTurnedOff() throws Exception {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "base-url: /notes/\nsearch:\n  path: data/search.json\n");
        site.build();
        assertThat(titles(index(site, "data/search.json"))).hasSize(3);

        site.config(TestSite.DEFAULT_CONFIG + "search:\n  enabled: false\n");
        assertThat(site.build().success()).isTrue();
        assertThat(site.hasOutput("search-index.json")).isFalse();
    }

    @Test
    void refusesAPathOutsideTheOutput() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "search:\n  path: ../escape.json\n");

        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).anySatisfy(m -> assertThat(m).contains("search.path"));
    }

    @Test
    void aSessionIndexesWhatChangedInAPostEvenWhenItsFileDidNot() throws Exception {
        TestSite site = site().age(java.time.Duration.ofHours(2));
        dev.quire.BuildSession session = site.session();
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(index(site, "search-index.json").get(1).get("text").asText()).isEqualTo("Older text.");

        site.post("blog/2025-11-20-older.md", "---\ntest-papers: [ENACT]\ntest-papers-as-maps: true\n---\n# Older\n\nNewer text.")
                .age("blog/2025-11-20-older.md", java.time.Duration.ofHours(1));
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(index(site, "search-index.json").get(1).get("text").asText()).isEqualTo("Newer text.");

        // A plugin's transform reads note.txt: the posts' HTML changes, their files do not.
        site.file("note.txt", "A note for every post.").age("note.txt", java.time.Duration.ofHours(1));
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(index(site, "search-index.json").get(1).get("text").asText()).isEqualTo("Newer text. A note for every post.");

        Path clean = dir.resolve("clean");
        assertThat(site.build(options -> options.withOutput(clean)).success()).isTrue();
        assertThat(TestSite.files(site.out())).isEqualTo(TestSite.files(clean));
    }
}
