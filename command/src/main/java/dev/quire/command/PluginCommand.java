package dev.quire.command;

/**
 * A command a plugin adds to the command line, {@code quire NAME …}: a class annotated with
 * picocli's {@code @Command} (its name, options and subcommands) and implementing
 * {@link Runnable} or {@link java.util.concurrent.Callable Callable&lt;Integer&gt;} (the exit code:
 * 0 done, 1 the site has problems, 2 wrong usage), with a public no-argument constructor, named in
 * the plugin jar's {@code META-INF/services/dev.quire.command.PluginCommand}.
 *
 * <p>The command line adds it beside its own commands, with their help, version and error
 * handling. A name the command line already has is refused with a message, not replaced.
 */
public interface PluginCommand {
}
