package dev.quire.plugin.arxiv.command;

import dev.quire.command.ListingCommand;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import picocli.CommandLine.Command;

/** {@code quire papers list}: every paper the site names or papers.json holds, and how it stands. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the papers the posts name and those papers.json holds, by id: status (cached, "
                + "missing: named but not in papers.json, unused: in papers.json but named nowhere), published, "
                + "category, title, first author, how many posts and pages name it, when it was fetched.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the papers were listed", "1:the site has errors (nothing was listed)", "2:wrong usage"})
final class PapersListCommand extends ListingCommand<PapersListCommand.Row> {

    /** One row of the listing. */
    record Row(String id, String status, String published, String category, String title, String firstAuthor,
            int posts, String fetched) {
    }

    PapersListCommand() {
        super(Row.class);
    }

    @Override
    protected Optional<List<Row>> rows(PrintWriter err) {
        Optional<PaperWork> work = PaperWork.open(site, err);
        if (work.isEmpty()) {
            return Optional.empty();
        }
        PaperWork papers = work.get();
        TreeSet<String> ids = new TreeSet<>(papers.citations().ids());
        papers.library().cache().all().forEach(paper -> ids.add(paper.id()));
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            int posts = papers.citations().citing(id).size();
            rows.add(papers.library().cache().get(id)
                    .map(paper -> row(paper, posts == 0 ? "unused" : "cached", posts))
                    .orElseGet(() -> new Row(id, "missing", null, null, null, null, posts, null)));
        }
        return Optional.of(rows);
    }

    private static Row row(PaperMetadata paper, String status, int posts) {
        return new Row(paper.id(), status, paper.published() == null ? null : paper.published().toLocalDate().toString(),
                paper.primaryCategory(), paper.title(), paper.authors().isEmpty() ? null : paper.authors().get(0), posts,
                paper.fetched() == null ? null : paper.fetched().toString());
    }
}
