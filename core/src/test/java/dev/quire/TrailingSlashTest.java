package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.diagnostics.Severity;
import dev.quire.internal.yaml.SettingsBinder;
import dev.quire.internal.yaml.YamlDocument;
import dev.quire.model.SiteSettings;
import dev.quire.model.TrailingSlash;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code trailing-slash}, with Docusaurus's meaning: the URL every link gives a page, and its file. */
class TrailingSlashTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        // mode | base URL | permalink         | link               | file
        "true   | /        | /blog/x           | /blog/x/           | blog/x/index.html",
        "true   | /        | /blog/x/          | /blog/x/           | blog/x/index.html",
        "true   | /        | /                 | /                  | index.html",
        "true   | /site/   | /site             | /site/             | index.html",
        "false  | /        | /blog/x           | /blog/x            | blog/x.html",
        "false  | /        | /blog/x/          | /blog/x            | blog/x.html",
        "false  | /        | /                 | /                  | index.html",
        "false  | /site/   | /site/            | /site/             | index.html",
        "false  | /site/   | /site/blog/page/2 | /site/blog/page/2  | blog/page/2.html",
        "unset  | /        | /blog/x           | /blog/x            | blog/x/index.html",
        "unset  | /        | /blog/x/          | /blog/x/           | blog/x/index.html",
        "unset  | /site/   | /site/            | /site/             | index.html",
    })
    void linksAndFilesFollowDocusaurus(String mode, String baseUrl, String permalink, String link, String file) {
        SiteSettings settings = read("base-url: " + baseUrl + "\ntrailing-slash: " + mode + "\n");
        assertThat(settings.link(permalink)).isEqualTo(link);
        assertThat(settings.outputFile(permalink)).isEqualTo(file);
    }

    @Test
    void quireYmlTakesTrueFalseOrUnsetAndSitesThatDoNotSayKeepTheirSlashes() {
        assertThat(read("trailing-slash: false\n").trailingSlash()).isEqualTo(TrailingSlash.FALSE);
        assertThat(read("trailing-slash: true\n").trailingSlash()).isEqualTo(TrailingSlash.TRUE);
        assertThat(read("trailing-slash: unset\n").trailingSlash()).isEqualTo(TrailingSlash.UNSET);
        assertThat(read("title: x\n").trailingSlash()).isEqualTo(TrailingSlash.TRUE);
        assertThatThrownBy(() -> read("title: x\ntrailing-slash: maybe\n")).isInstanceOf(QuireException.class)
                .hasMessageContaining("trailing-slash").extracting(e -> ((QuireException) e).line()).isEqualTo(2);
    }

    private static SiteSettings read(String yaml) {
        return SettingsBinder.bind(YamlDocument.parse(yaml, "quire.yml", 1), "", SiteSettings.class, new Diagnostics());
    }

    private TestSite site(String trailingSlash) {
        return TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "trailing-slash: " + trailingSlash
                        + "\nblog:\n  posts-per-page: 1\n")
                .post("blog/2025-11-27-first.md", "---\ntags: [ml]\n---\n# First\n\nText.\n")
                .post("blog/2025-11-28-second.md", "---\ntags: [ml]\n---\n# Second\n\n[first](../27/first) "
                        + "[by file](./2025-11-27-first.md)\n")
                .file("pages/docs/index.md", "# Docs\n\nText.\n")
                .file("pages/about.md", "# About\n\nText.\n");
    }

    @Test
    void falseWritesXHtmlLinkedWithoutASlash() {
        TestSite site = site("false");
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(site.output("blog/2025/11/28/second.html")).contains("url: /blog/2025/11/28/second\n")
                .contains("href=\"/blog/2025/11/27/first\"");
        assertThat(site.output("blog.html")).contains("url: /blog\n");
        assertThat(site.output("blog/page/2.html")).contains("url: /blog/page/2\n");
        assertThat(site.output("blog/tags.html")).contains("url: /blog/tags\n");
        assertThat(site.output("blog/tags/ml.html")).contains("url: /blog/tags/ml\n");
        assertThat(site.output("blog/archive.html")).contains("url: /blog/archive\n");
        assertThat(site.output("docs.html")).contains("url: /docs\n");
        assertThat(site.output("index.html")).contains("url: /\n");
        assertThat(site.hasOutput("blog/2025/11/28/second/index.html")).isFalse();
    }

    @Test
    void unsetLinksThePermalinkAsWrittenAndWritesFolders() {
        TestSite site = site("unset");
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(site.output("blog/2025/11/28/second/index.html")).contains("url: /blog/2025/11/28/second\n")
                .contains("href=\"/blog/2025/11/27/first\"");
        assertThat(site.output("blog/index.html")).contains("url: /blog\n");
        assertThat(site.output("blog/tags/ml/index.html")).contains("url: /blog/tags/ml\n");
        assertThat(site.output("docs/index.html")).as("an index page keeps its slash").contains("url: /docs/\n");
        assertThat(site.output("about/index.html")).contains("url: /about\n");
    }

    @Test
    void trueAddsTheSlashAndRelativeLinksResolveAgainstIt() {
        TestSite site = site("true");
        // ../27/first is right from /blog/2025/11/28/second but one folder too deep from .../second/.
        assertThat(TestSite.messages(site.build(), Severity.WARNING)).containsExactly("blog/2025-11-28-second.md:6: "
                + "warning: broken link ../27/first: no page or file at /blog/2025/11/28/27/first");
        assertThat(site.output("blog/2025/11/28/second/index.html")).contains("url: /blog/2025/11/28/second/\n")
                .contains("href=\"/blog/2025/11/27/first/\"");
        assertThat(site.output("blog/tags/ml/index.html")).contains("url: /blog/tags/ml/\n");
        assertThat(site.output("docs/index.html")).contains("url: /docs/\n");
    }
}
