package dev.quire.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.quire.Quire;
import dev.quire.command.ListingCommand;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.model.Author;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Tag;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code quire list}: one record per post, like {@code hugo list all}. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lists the posts: source, permalink, url, title, date, slug, tags, authors, draft, unlisted, "
                + "truncated, description. Newest first.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the posts were listed", "1:the site has errors (nothing was listed)", "2:wrong usage"})
final class ListCommand extends ListingCommand<ListCommand.Row> {

    /**
     * One row of the listing, in the order of the columns.
     *
     * @param permalink the post's permalink as Docusaurus has it
     * @param url       the URL pages link to, as the site's {@code trailing-slash} makes it of the permalink
     */
    @JsonPropertyOrder({"source", "permalink", "url", "title", "date", "slug", "tags", "authors", "draft", "unlisted",
        "truncated", "description"})
    record Row(String source, String permalink, String url, String title, String date, String slug, List<String> tags,
            List<String> authors, boolean draft, boolean unlisted, boolean truncated, String description) {

        static Row of(Post post) {
            return new Row(post.source(), post.permalink(), post.url(), post.title(), post.day().toString(),
                    post.slug(),
                    post.tags().stream().map(Tag::label).toList(), post.authors().stream().map(Author::name).toList(),
                    post.draft(), post.unlisted(), post.truncated(), post.description());
        }
    }

    ListCommand() {
        super(Row.class);
    }

    @Override
    protected Optional<List<Row>> rows(PrintWriter err) {
        Report report = new Report(err);
        Diagnostics diagnostics = new Diagnostics(report::print);
        Optional<Site> loaded = Quire.load(site.options(), diagnostics);
        if (loaded.isEmpty()) {
            err.println("quire: the site has errors; nothing listed");
        }
        return loaded.map(s -> s.posts().stream().map(Row::of).toList());
    }
}
