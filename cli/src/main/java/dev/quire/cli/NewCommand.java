package dev.quire.cli;

import dev.quire.BuildOptions;
import dev.quire.Quire;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.model.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quire new "Title"}: starts a post dated today, written the way the site's posts are. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Creates a post dated today, written the way the site's newest post is: with a "
            + "'# YYYY-MM-DD title' heading or front matter, .md or .mdx, in a folder "
            + "(blog/YYYY-MM-DD-slug/index.mdx) or not, with placeholders in the site's language."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the post was created", "1:SITE has no quire.yml, or the post's file or folder already exists",
            "2:wrong usage"})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TITLE", description = "The post's title.")
    String title;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SITE", defaultValue = ".",
            description = "The site folder. Default: the current folder.")
    Path site;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date the post this day instead of today.")
    LocalDate date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(site.resolve("quire.yml"))) {
            throw new Failures.UserError(site.toAbsolutePath().normalize() + " has no quire.yml; is it the site folder?", 1);
        }
        // The site as a build reads it: where its blog is, its language, how its posts are written.
        Optional<Site> loaded = Quire.load(BuildOptions.of(site), new Diagnostics());
        String blog = loaded.map(s -> s.settings().blog().path()).orElse("blog");
        String language = loaded.map(s -> s.settings().language()).orElse("en");
        NewPost.Style style = loaded.map(NewPost.Style::of).orElse(NewPost.Style.DEFAULT);
        LocalDate day = date != null ? date : LocalDate.now();
        Path file = site.resolve(blog).resolve(NewPost.fileName(title, day, style));
        Path taken = style.inFolder() ? file.getParent() : file;
        if (Files.exists(taken)) {
            throw new Failures.UserError(taken + " already exists; choose another title", 1);
        }
        try {
            Files.createDirectories(style.inFolder() ? file.getParent().resolve("asset") : file.getParent());
            Files.writeString(file, NewPost.text(title, day, style, language), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println("Created " + file.normalize());
        return 0;
    }
}
