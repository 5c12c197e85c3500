package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --debug} on every command: an internal error shows its stack trace only with it. */
class DebugOptionTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    /** A command that fails the way a bug in Quire would. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("something Quire did not expect");
        }
    }

    private int run(String... args) {
        CommandLine cli = QuireCommand.commandLine(Terminal.plain());
        cli.addSubcommand(new Boom());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void everyCommandAcceptsDebug() {
        CommandLine cli = QuireCommand.commandLine(Terminal.plain());
        cli.getSubcommands().forEach((name, command) -> assertThat(command.getCommandSpec().findOption("--debug"))
                .as(name).isNotNull());
        cli.getSubcommands().get("papers").getSubcommands().forEach((name, command) ->
                assertThat(command.getCommandSpec().findOption("--debug")).as("papers " + name).isNotNull());
        assertThat(run("init", dir.resolve("site").toString(), "--debug")).as(err.toString()).isZero();
    }

    @Test
    void theHintAboutDebugIsTrue() {
        assertThat(run("boom")).isEqualTo(1);
        assertThat(err.toString()).contains("quire: unexpected error: java.lang.IllegalStateException: something Quire "
                + "did not expect").contains("run again with --debug").doesNotContain("\tat ");

        err.getBuffer().setLength(0);
        assertThat(run("boom", "--debug")).isEqualTo(1);
        assertThat(err.toString()).contains("\tat " + Boom.class.getName() + ".run(")
                .doesNotContain("Unknown option");
    }
}
