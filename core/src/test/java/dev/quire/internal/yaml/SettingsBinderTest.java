package dev.quire.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.model.SiteSettings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsBinderTest {

    record Section(String apiUrl, Integer batchSize, Boolean enabled, List<String> formats) {
    }

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void bindsKebabCaseKeysToARecord() {
        YamlDocument doc = YamlDocument.parse("arxiv:\n  api-url: http://x\n  batch-size: 20\n  enabled: false\n"
                + "  formats: [rss, atom]\n", "quire.yml", 1);
        Section s = SettingsBinder.bind(doc, "/arxiv", Section.class, diagnostics);
        assertThat(s).isEqualTo(new Section("http://x", 20, false, List.of("rss", "atom")));
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void aMissingSectionBindsAsEmpty() {
        YamlDocument doc = YamlDocument.parse("title: x\n", "quire.yml", 1);
        assertThat(SettingsBinder.bind(doc, "/arxiv", Section.class, diagnostics))
                .isEqualTo(new Section(null, null, null, null));
    }

    @Test
    void warnsAboutUnknownKeysWithTheirLine() {
        YamlDocument doc = YamlDocument.parse("arxiv:\n  api-url: http://x\n  bacth-size: 3\n", "quire.yml", 1);
        SettingsBinder.bind(doc, "/arxiv", Section.class, diagnostics);
        assertThat(diagnostics.all()).extracting(Diagnostic::toString)
                .containsExactly("quire.yml:3: warning: unknown setting 'arxiv.bacth-size' is ignored; "
                        + "did you mean 'arxiv.batch-size'?");
    }

    @Test
    void aMistypedKeyIsAnsweredWithTheNearestKnownOneAtEveryLevel() {
        YamlDocument doc = YamlDocument.parse("title: x\nlangauge: ko\nblog:\n  post-per-page: 5\n  colour: red\n"
                + "feds:\n  formats: [rss]\n", "quire.yml", 1);
        JsonNode core = doc.root().deepCopy();
        ((ObjectNode) core).remove("feds");
        SettingsBinder.bind(doc, core, "", SiteSettings.class, diagnostics, Set.of("feeds", "arxiv"));
        assertThat(diagnostics.all()).extracting(Diagnostic::toString).containsExactly(
                "quire.yml:2: warning: unknown setting 'langauge' is ignored; did you mean 'language'?",
                "quire.yml:4: warning: unknown setting 'blog.post-per-page' is ignored; did you mean 'blog.posts-per-page'?",
                "quire.yml:5: warning: unknown setting 'blog.colour' is ignored");
    }

    @Test
    void keysBoundElsewhereAreSuggestedOnlyAtTheTop() {
        YamlDocument doc = YamlDocument.parse("fedds: x\nblog:\n  feds: y\n", "quire.yml", 1);
        SettingsBinder.bind(doc, doc.root(), "", SiteSettings.class, diagnostics, Set.of("feeds"));
        assertThat(diagnostics.all()).extracting(Diagnostic::toString).containsExactly(
                "quire.yml:1: warning: unknown setting 'fedds' is ignored; did you mean 'feeds'?",
                "quire.yml:3: warning: unknown setting 'blog.feds' is ignored");
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorWithKeyAndLine() {
        YamlDocument doc = YamlDocument.parse("blog:\n  path: blog\n  posts-per-page: many\n", "quire.yml", 1);
        assertThatThrownBy(() -> SettingsBinder.bind(doc, "", SiteSettings.class, diagnostics))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("'blog.posts-per-page' must be a whole number")
                .satisfies(e -> assertThat(((QuireException) e).line()).isEqualTo(3));
    }

    @Test
    void aMappingWhereTextBelongsIsAnError() {
        YamlDocument doc = YamlDocument.parse("title:\n  nested: x\n", "quire.yml", 1);
        assertThatThrownBy(() -> SettingsBinder.bind(doc, "", SiteSettings.class, diagnostics))
                .isInstanceOf(QuireException.class).hasMessageContaining("'title' must be text");
    }

    @Test
    void siteSettingsFillDefaults() {
        YamlDocument doc = YamlDocument.parse("url: https://x.org/\nbase-url: docs\n", "quire.yml", 1);
        SiteSettings s = SettingsBinder.bind(doc, "", SiteSettings.class, diagnostics);
        assertThat(s.url()).isEqualTo("https://x.org");
        assertThat(s.baseUrl()).isEqualTo("/docs/");
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.blog().path()).isEqualTo("blog");
        assertThat(s.blog().routeBasePath()).isEqualTo("blog");
        assertThat(s.blog().postsPerPage()).isEqualTo(10);
        assertThat(s.pages().path()).isEqualTo("pages");
    }
}
