package dev.quire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quire} command: a static publisher for research-paper blogs. */
@Command(name = "quire",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Publishes a folder of Markdown/MDX blog posts as a fast, valid static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ListCommand.class, NewCommand.class, PapersCommand.class,
            CommandLine.HelpCommand.class})
public final class QuireCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'quire build'");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 done, 1 content errors, 2 usage errors. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new QuireCommand());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
