package dev.quire.plugin.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.BuildResult;
import dev.quire.BuildSession;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /** The built index in {@code folder}, searched the way the theme searches it. */
    private static ClientLookup client(TestSite site, String folder) {
        return new ClientLookup(path -> site.hasOutput(folder + "/" + path)
                ? site.output(folder + "/" + path).getBytes(StandardCharsets.UTF_8) : null);
    }

    private static List<String> titles(ClientLookup client, String query) {
        return client.shown(client.search(query)).stream().map(shown -> shown.get("title").asText()).toList();
    }

    @Test
    void indexesListedPostsAndPagesNewestFirst() {
        TestSite site = site();

        BuildResult result = site.build();

        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        ClientLookup client = client(site, "search");
        assertThat(titles(client, "text")).containsExactly("2025-11-28 papers review", "Older");
        assertThat(titles(client, "about")).containsExactly("About");
        assertThat(titles(client, "hidden")).isEmpty();
        assertThat(titles(client, "this")).containsExactly("About");
        List<JsonNode> shown = client.shown(client.search("human preference"));
        assertThat(shown).hasSize(1);
        JsonNode first = shown.get(0);
        assertThat(first.get("title").asText()).isEqualTo("2025-11-28 papers review");
        assertThat(first.get("url").asText()).isEqualTo("/blog/2025/11/28/papers-review/");
        assertThat(first.get("date").asText()).isEqualTo("2025-11-28");
        assertThat(first.get("tags")).extracting(JsonNode::asText).containsExactly("video", "reward");
        assertThat(first.get("excerpt").asText())
                .isEqualTo("Reward Feedback learning 방식은 human preference에 큰 도움이 됨. GPU memory & bottleneck "
                        + "1. Video Generation Text.");
        assertThat(client.shown(client.search("about")).get(0).has("date")).isFalse();
    }

    @Test
    void findsKoreanWordsInsideLongerOnesAndRanksTitlesFirst() {
        TestSite site = site().post("blog/2025-11-27-video.md", "# Video notes\n\nNothing else.");

        site.build();

        ClientLookup client = client(site, "search");
        assertThat(titles(client, "방식")).containsExactly("2025-11-28 papers review");
        assertThat(titles(client, "도움")).containsExactly("2025-11-28 papers review");
        assertThat(titles(client, "video")).containsExactly("Video notes", "2025-11-28 papers review");
        assertThat(titles(client, "2511.21541")).isEmpty();
        assertThat(titles(client, "huggingface")).isEmpty();
    }

    @Test
    void searchesPaperTitlesFromRecordsAndMaps() {
        TestSite site = site();

        site.build();

        ClientLookup client = client(site, "search");
        assertThat(titles(client, "latent")).containsExactly("2025-11-28 papers review");
        assertThat(titles(client, "enact")).containsExactly("Older");
    }

    @Test
    void searchesOnlyTheStartOfLongTexts() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "search:\n  max-text-length: 12\n");

        site.build();

        ClientLookup client = client(site, "search");
        assertThat(titles(client, "feedb")).containsExactly("2025-11-28 papers review");
        assertThat(titles(client, "feedback ")).isEmpty();
        assertThat(titles(client, "preference")).isEmpty();
    }

    @Test
    void tellsThemesWhereTheManifestIs() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "base-url: /notes/\nsearch:\n  path: data/find/\n");

        site.build();

        assertThat(site.output("site-data.txt")).isEqualTo("{index=/notes/data/find/index.json}");
        assertThat(titles(client(site, "data/find"), "older")).containsExactly("Older");
    }

    @Test
    void readsAPathOfTheSingleFileIndexAsAFolder() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "search:\n  path: search-index.json\n");

        BuildResult result = site.build();

        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.WARNING)).singleElement().asString()
                .contains("search.path", "'search-index'");
        assertThat(titles(client(site, "search-index"), "older")).containsExactly("Older");
        assertThat(site.hasOutput("search-index.json")).isFalse();
    }

    @Test
    void canBeTurnedOff() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "search:\n  enabled: false\n");

        assertThat(site.build().success()).isTrue();

        assertThat(site.hasOutput("search/index.json")).isFalse();
        assertThat(site.output("site-data.txt")).isEqualTo("null");
    }

    @Test
    void refusesAPathOutsideTheOutput() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "search:\n  path: ../escape\n");

        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).anySatisfy(m -> assertThat(m).contains("search.path"));
    }

    @Test
    void aSessionIndexesWhatChangedInAPostEvenWhenItsFileDidNot() {
        TestSite site = site().age(Duration.ofHours(2));
        BuildSession session = site.session();
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(titles(client(site, "search"), "newer")).isEmpty();

        site.post("blog/2025-11-20-older.md", "---\ntest-papers: [ENACT]\ntest-papers-as-maps: true\n---\n# Older\n\nNewer text.")
                .age("blog/2025-11-20-older.md", Duration.ofHours(1));
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(titles(client(site, "search"), "newer")).containsExactly("Older");

        // A plugin's transform reads note.txt: the posts' HTML changes, their files do not.
        site.file("note.txt", "A note for every post.").age("note.txt", Duration.ofHours(1));
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(titles(client(site, "search"), "note")).containsExactly("2025-11-28 papers review", "Older", "About");

        Path clean = dir.resolve("clean");
        assertThat(site.build(options -> options.withOutput(clean)).success()).isTrue();
        assertThat(TestSite.files(site.out())).isEqualTo(TestSite.files(clean));
    }
}
