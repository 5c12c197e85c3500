/**
 * Commands of the {@code quire} command line that plugins add, and what every command shares.
 *
 * <p>A plugin adds a command by shipping a picocli {@code @Command} class that implements
 * {@link dev.quire.command.PluginCommand}, named in its jar's
 * {@code META-INF/services/dev.quire.command.PluginCommand}: {@code quire papers} is the arXiv
 * plugin's. The command line finds these with {@link java.util.ServiceLoader} and depends on no
 * plugin. {@link dev.quire.command.SiteOptions}, {@link dev.quire.command.FormatOption} and
 * {@link dev.quire.command.Console} give a plugin's command the options and the output of the
 * built-in ones.
 */
package dev.quire.command;
