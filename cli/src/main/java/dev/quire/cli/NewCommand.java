package dev.quire.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quire new "Title"}: starts a post in its own folder, dated today. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Creates blog/YYYY-MM-DD-slug/index.mdx for a new post, dated today.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the post was created", "1:SITE has no quire.yml, or the post's folder already exists",
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
        LocalDate day = date != null ? date : LocalDate.now();
        Path folder = site.resolve("blog").resolve(day + "-" + NewPost.slug(title));
        Path file = folder.resolve("index.mdx");
        if (Files.exists(folder)) {
            throw new Failures.UserError(folder + " already exists; choose another title", 1);
        }
        try {
            Files.createDirectories(folder.resolve("asset"));
            Files.writeString(file, NewPost.text(title), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println("Created " + file.normalize());
        return 0;
    }
}
