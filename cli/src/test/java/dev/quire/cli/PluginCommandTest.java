package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.command.Console;
import dev.quire.command.PluginCommand;
import dev.quire.command.SiteOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * Commands plugins add: found through the service file of this module's tests, which names the two
 * commands below, as a plugin's jar would.
 */
class PluginCommandTest {

    /** A plugin's command, with the site options every command shares. */
    @Command(name = "count-words", mixinStandardHelpOptions = true, description = "Counts words.",
            exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:counted", "2:wrong usage"})
    public static final class CountWords implements Callable<Integer>, PluginCommand {
        @Mixin
        SiteOptions site;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(Console.plural(3, "word") + " in " + site.site.getFileName());
            return 0;
        }
    }

    /** A plugin's command that takes the name of one of quire's own. */
    @Command(name = "build")
    public static final class Impostor implements Runnable, PluginCommand {
        @Override
        public void run() {
            throw new AssertionError("a plugin replaced quire build");
        }
    }

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = QuireCommand.commandLine(Terminal.plain());
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void aPluginsCommandRunsBesideQuiresOwnWithTheSharedOptions() {
        assertThat(run("count-words", "my-blog")).isZero();

        assertThat(out.toString()).isEqualTo("3 words in my-blog" + System.lineSeparator());
    }

    @Test
    void aPluginsCommandHasQuiresVersionAndIsListedInTheHelp() {
        assertThat(run("count-words", "--version")).isZero();
        assertThat(out.toString()).startsWith("quire ");

        run("--help");
        assertThat(out.toString()).contains("count-words").contains("papers");
    }

    @Test
    void aPluginCannotReplaceACommandOfQuire() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        CommandLine cli;
        try {
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            cli = QuireCommand.commandLine(Terminal.plain());
        } finally {
            System.setErr(stderr);
        }

        assertThat(cli.getSubcommands().get("build").getCommandSpec().userObject()).isInstanceOf(BuildCommand.class);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("the command 'build' of "
                + Impostor.class.getName() + " is left out: quire has a command of that name");
    }
}
