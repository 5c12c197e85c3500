package dev.quire.plugin.arxiv.command;

import dev.quire.command.PluginCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quire papers}: the arXiv metadata of the papers the posts link to, kept in papers.json. */
@Command(name = "papers", mixinStandardHelpOptions = true,
        description = "Keeps papers.json, the arXiv metadata of the papers the posts link to. Commit it: "
                + "builds then work offline and the same way everywhere.",
        subcommands = {PapersFetchCommand.class, PapersRefreshCommand.class, PapersListCommand.class})
public final class PapersCommand implements Runnable, PluginCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: fetch, refresh or list");
    }
}
