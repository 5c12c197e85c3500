package dev.quire.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** What every command shares, as a plugin's command sees it. */
class CommandPartsTest {

    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Mixin
        SiteOptions site;

        @Mixin
        FormatOption output;

        @Override
        public void run() {
        }
    }

    record Row(String id, List<String> tags, int posts) {
    }

    @Test
    void theSiteOptionsDefaultToTheCurrentFolderAndSayWhatToBuild() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs();
        assertThat(probe.site.options().site()).isEqualTo(Path.of(".").toAbsolutePath().normalize());
        assertThat(probe.site.options().drafts()).isFalse();

        new CommandLine(probe).parseArgs("my-blog", "--drafts");
        assertThat(probe.site.options().site()).isEqualTo(Path.of("my-blog").toAbsolutePath().normalize());
        assertThat(probe.site.options().drafts()).isTrue();
    }

    @Test
    void rowsPrintAsCsvByDefaultAndAsJsonWhenAsked() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs();
        StringWriter csv = new StringWriter();
        probe.output.format.print(new PrintWriter(csv), Row.class, List.of(new Row("2511.00001", List.of("a", "b"), 2)));
        assertThat(csv.toString()).isEqualTo("id,tags,posts\n2511.00001,a;b,2\n");

        new CommandLine(probe).parseArgs("--format", "json");
        StringWriter json = new StringWriter();
        probe.output.format.print(new PrintWriter(json), Row.class, List.of(new Row("2511.00001", List.of(), 0)));
        assertThat(json.toString()).contains("\"id\" : \"2511.00001\"").contains("\"posts\" : 0");
    }

    @Test
    void theConsoleLeavesOutInfoLinesAndCountsInWords() {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(err));
        console.print(new Diagnostic(Severity.INFO, "quire.yml", 1, "just so you know"));
        console.print(new Diagnostic(Severity.WARNING, "blog/a.md", 3, "a broken link"));

        assertThat(err.toString()).doesNotContain("just so you know").contains("blog/a.md:3").contains("a broken link");
        assertThat(Console.plural(1, "paper")).isEqualTo("1 paper");
        assertThat(Console.plural(3, "paper")).isEqualTo("3 papers");
    }
}
