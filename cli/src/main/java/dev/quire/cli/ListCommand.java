package dev.quire.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.quire.Quire;
import dev.quire.command.FormatOption;
import dev.quire.command.SiteOptions;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.model.Author;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Tag;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quire list}: one record per post, like {@code hugo list all}. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lists the posts: source, permalink, url, title, date, slug, tags, authors, draft, unlisted, "
                + "truncated, description. Newest first.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the posts were listed", "1:the site has errors (nothing was listed)", "2:wrong usage"})
final class ListCommand implements Callable<Integer> {

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

    @Mixin
    SiteOptions site;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Report report = new Report(spec.commandLine().getErr());
        Diagnostics diagnostics = new Diagnostics(report::print);
        Optional<Site> loaded = Quire.load(site.options(), diagnostics);
        if (loaded.isEmpty()) {
            spec.commandLine().getErr().println("quire: the site has errors; nothing listed");
            return 1;
        }
        List<Row> rows = loaded.get().posts().stream().map(Row::of).toList();
        output.format.print(spec.commandLine().getOut(), Row.class, rows);
        return 0;
    }
}
