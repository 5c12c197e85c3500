package dev.quire.plugin.arxiv.command;

import dev.quire.command.SiteOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quire papers fetch}: adds to papers.json what the posts need and it lacks. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Fetches from arXiv (and Hugging Face, when enabled) the metadata of every paper the posts "
                + "link to that papers.json lacks, and saves it there. Papers already there are left as they are.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:papers.json has every paper the site names", "1:some papers could not be fetched, "
                + "or the site has errors", "2:wrong usage"})
final class PapersFetchCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return PaperWork.update(site, spec.commandLine().getOut(), spec.commandLine().getErr(),
                papers -> papers.library().fetchMissing(papers.citations().ids()));
    }
}
