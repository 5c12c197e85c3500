package dev.quire.cli;

import dev.quire.command.PluginCommand;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code quire} command: a static publisher for research-paper blogs. */
@Command(name = "quire",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Publishes a folder of Markdown/MDX blog posts as a fast, valid static site.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, ListCommand.class,
            NewCommand.class, SettingsCommand.class})
public final class QuireCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors, for bug reports. Works with every command.")
    private boolean debug;

    private Terminal terminal = Terminal.plain();

    /** True with {@code --debug} anywhere on the command line, or {@code QUIRE_DEBUG=1}. */
    boolean debug() {
        return debug || "1".equals(System.getenv("QUIRE_DEBUG"));
    }

    /** Where the output goes, for the commands that draw progress or use colour. */
    Terminal terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'quire build'");
    }

    /**
     * Adds the commands of the plugins on the class path ({@code quire papers} is the arXiv
     * plugin's), each with this command line's version. A plugin command that cannot be made or
     * takes a name already taken is left out, with a line on standard error: the other commands
     * still work.
     */
    private static void addPluginCommands(CommandLine cli) {
        ServiceLoader<PluginCommand> found = ServiceLoader.load(PluginCommand.class, QuireCommand.class.getClassLoader());
        for (ServiceLoader.Provider<PluginCommand> provider : found.stream().toList()) {
            try {
                CommandLine command = new CommandLine(provider.get());
                String name = command.getCommandName();
                if (cli.getSubcommands().containsKey(name)) {
                    System.err.println("quire: the command '" + name + "' of " + provider.type().getName()
                            + " is left out: quire has a command of that name");
                    continue;
                }
                withVersion(command);
                cli.addSubcommand(name, command);
            } catch (ServiceConfigurationError | CommandLine.InitializationException e) {
                System.err.println("quire: a plugin's command is left out: " + e.getMessage());
            }
        }
    }

    private static void withVersion(CommandLine command) {
        command.getCommandSpec().versionProvider(new Version());
        command.getSubcommands().values().forEach(QuireCommand::withVersion);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 done, 1 content errors, 2 usage errors. */
    public static int run(String... args) {
        return commandLine(Terminal.detect()).execute(args);
    }

    /** The command line, printing for {@code terminal}: progress and colour follow it. */
    static CommandLine commandLine(Terminal terminal) {
        QuireCommand quire = new QuireCommand();
        quire.terminal = terminal;
        CommandLine cli = new CommandLine(quire);
        // Before the settings below: picocli gives them to the subcommands there are when they are made.
        addPluginCommands(cli);
        cli.addSubcommand(new AutoComplete.GenerateCompletion());
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.ansi()));
        // picocli hides its completion command; users should find it in the help.
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cli;
    }
}
