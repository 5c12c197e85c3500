package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConfigurationReferenceTest {

    /** The docs site of the repository; the build passes its folder. */
    static Path docs() {
        return Path.of(System.getProperty("quire.docs", "../docs"));
    }

    private final String reference = ConfigurationReference.markdown(getClass().getClassLoader());

    @Test
    void theCommittedReferenceIsTheOneTheCodeGenerates() throws Exception {
        Path page = docs().resolve("pages/configuration.md");
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .as("docs/pages/configuration.md is stale: the settings in the code have changed. Regenerate it "
                        + "from the root of the repository with%n  ./quire settings > docs/pages/configuration.md%n"
                        + "and commit it")
                .isEqualTo(reference);
    }

    @Test
    void settingsPrintsTheReference() {
        StringWriter out = new StringWriter();
        CommandLine cli = QuireCommand.commandLine(Terminal.plain());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("settings")).isZero();
        assertThat(out.toString()).isEqualTo(reference);
    }

    @Test
    void theCoreSettingsComeFirstThenEachPluginWithSettings() {
        assertThat(reference).startsWith("# Configuration reference\n");
        assertThat(reference.indexOf("\n## The top level\n")).isPositive()
                .isLessThan(reference.indexOf("\n### The `blog:` section\n"))
                .isLessThan(reference.indexOf("\n## The `feeds:` section\n"));
        assertThat(reference).contains("| `blog.posts-per-page` | a whole number | `10` | Posts per page of the blog's lists. |")
                .contains("| `feeds.formats` | a list of rss, atom, json | `[rss, atom, json]` |")
                .contains("| `feeds.title` | text | `blog.title`, else the site's `title` |");
        assertThat(reference).as("a plugin that reads no settings has no section").doesNotContain("probe");
    }
}
