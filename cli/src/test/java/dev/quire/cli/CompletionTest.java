package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The completion script is run by a real bash, as a shell would when TAB is pressed. */
class CompletionTest {

    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void generate() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cli = QuireCommand.commandLine(Terminal.plain());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("generate-completion")).isZero();
        script = Files.writeString(dir.resolve("quire_completion"), out.toString(), StandardCharsets.UTF_8);
    }

    /** What bash offers for the words typed so far (the last one being completed). */
    private String complete(String... words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String line = String.join(" ", words);
        String program = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + " )\nCOMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=" + line.length() + "\n"
                + "_complete_quire 2>/dev/null\nprintf '%s\\n' \"${COMPREPLY[@]}\" | sort\n";
        Process bash = new ProcessBuilder("/bin/bash", "-c", program).directory(dir.toFile())
                .redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    @Test
    void commandsComplete() throws Exception {
        assertThat(complete("quire", "bu")).isEqualTo("build");
        assertThat(complete("quire", "")).contains("build", "list", "new", "settings", "generate-completion");
    }

    @Test
    void optionsOfACommandComplete() throws Exception {
        assertThat(complete("quire", "build", "--st")).isEqualTo("--strict");
        assertThat(complete("quire", "build", "--o")).isEqualTo("--offline\n--out");
    }

    @Test
    void valuesOfAnOptionComplete() throws Exception {
        assertThat(complete("quire", "list", "--format", "")).isEqualToIgnoringCase("csv\njson");
    }

    @Test
    void theSiteArgumentCompletesFolders() throws Exception {
        Files.createDirectories(dir.resolve("my-blog"));
        assertThat(complete("quire", "build", "my-")).isEqualTo("my-blog");
    }
}
