package dev.quire.cli;

import dev.quire.cli.docusaurus.DocusaurusImport;
import dev.quire.cli.init.QuireBuild;
import dev.quire.cli.init.SiteFiles;
import dev.quire.cli.init.SiteValues;
import dev.quire.command.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quire init}: a new site that builds at once, or a Docusaurus blog moved over. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Creates a site in DIR: quire.yml, a first post and an about page, and what publishing needs "
                + "(pom.xml for the Maven plugin, a GitHub Pages workflow, .gitignore).",
            "With --from-docusaurus, the posts, authors, tags, static files and Markdown pages of a Docusaurus site "
                + "are copied instead of the samples, and its title, url and blog options are carried over. The "
                + "Docusaurus site itself is never changed."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the site was created", "1:DIR is not empty, or the Docusaurus site cannot be imported",
            "2:wrong usage"})
final class InitCommand implements Callable<Integer> {

    /** The languages the sample post and page are written in. */
    enum Language { en, ko }

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "An empty or new folder for the site (a folder holding only .git is fine). "
                    + "Default: the current folder.")
    Path dir;

    @Option(names = "--title", paramLabel = "TITLE", description = "The site's name. Default: the folder's name.")
    String title;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The language of the posts (${COMPLETION-CANDIDATES}), for the theme's words and the samples. "
                    + "Default: en, or the Docusaurus site's default locale.")
    Language language;

    @Option(names = "--url", paramLabel = "URL",
            description = "Where the site will be published, e.g. https://me.github.io. Default: " + SiteValues.PLACEHOLDER_URL
                    + ", until you know; the GitHub workflow publishes at the right address anyway.")
    String url;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date the sample post this day instead of today.")
    LocalDate date;

    @Option(names = "--from-docusaurus", paramLabel = "PATH",
            description = "Import the blog of the Docusaurus site in PATH instead of writing samples.")
    Path docusaurus;

    @Option(names = "--config", paramLabel = "FILE",
            description = "With --from-docusaurus: the configuration file to read, relative to the Docusaurus site. "
                    + "Default: the first of docusaurus.config.ts, .mts, .cts, .js, .mjs, .cjs, as Docusaurus looks.")
    Path configFile;

    @Option(names = "--blog", paramLabel = "ID",
            description = "With --from-docusaurus: the id of the blog to import when the site has several. Default: "
                    + "the classic preset's blog, or the one with id 'default'.")
    String blogId;

    @Spec
    CommandSpec spec;

    @ParentCommand
    QuireCommand quire;

    @Override
    public Integer call() {
        if (docusaurus == null && (configFile != null || blogId != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--config and --blog choose what to read of a Docusaurus site: use them with --from-docusaurus");
        }
        Path site = dir.toAbsolutePath().normalize();
        refuseUnlessEmpty(site);
        DocusaurusImport move = docusaurus == null ? null : plan(site);
        String name = title != null ? title : defaultTitle(site);
        String lang = (language != null ? language : Language.en).name();
        SiteValues values = move == null ? SiteValues.of(name, lang) : move.values(name, lang);
        if (values.description().isEmpty()) {
            values = values.withDescription(lang.equals("ko") ? "읽은 논문을 정리합니다." : "Notes on the papers I read.");
        }
        values = values.withChoices(title, url, language != null ? lang : null);
        QuireBuild running = new QuireBuild(Version.quire(), Version.commit());
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(site);
            SiteFiles files = new SiteFiles(site);
            written.addAll(files.writeSettingsAndPublishing(values, running));
            if (move == null) {
                written.addAll(files.writeSamples(lang, date != null ? date : LocalDate.now()));
            } else {
                move.copyInto(site);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new Failures.UserError("cannot write the site into " + site + ": " + e.getMessage(), 1);
        }
        print(site, written, move, running);
        return 0;
    }

    /** Refuses a folder with anything in it, but for the {@code .git} of a fresh clone. */
    private static void refuseUnlessEmpty(Path site) {
        if (!Files.exists(site)) {
            return;
        }
        if (!Files.isDirectory(site)) {
            throw new Failures.UserError(site + " is a file; name a new or empty folder for the site", 1);
        }
        try (Stream<Path> entries = Files.list(site)) {
            List<String> found = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".git")).sorted().toList();
            if (!found.isEmpty()) {
                throw new Failures.UserError(site + " is not empty (it holds " + String.join(", ", found.subList(0,
                        Math.min(3, found.size()))) + (found.size() > 3 ? ", …" : "") + "); quire init writes only into "
                        + "a new or empty folder, so nothing of yours is overwritten. Name another folder, e.g. "
                        + "'quire init my-blog'", 1);
            }
        } catch (IOException e) {
            throw new Failures.UserError("cannot read " + site + ": " + e.getMessage(), 1);
        }
    }

    private DocusaurusImport plan(Path site) {
        try {
            DocusaurusImport move = DocusaurusImport.plan(docusaurus, configFile, blogId);
            if (site.startsWith(move.source()) || site.toFile().getCanonicalFile().toPath().startsWith(move.source())) {
                throw new Failures.UserError(site + " is inside the Docusaurus site " + move.source()
                        + "; the new site must be outside it, so that the Docusaurus site stays as it is", 1);
            }
            return move;
        } catch (DocusaurusImport.ImportException e) {
            throw new Failures.UserError(e.getMessage(), 1);
        } catch (IOException e) {
            throw new Failures.UserError("cannot read the Docusaurus site " + docusaurus + ": " + e.getMessage(), 1);
        }
    }

    /** The folder's name as words: {@code my-papers_blog} is {@code My papers blog}. */
    private static String defaultTitle(Path site) {
        Path name = site.getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.]+", " ").strip();
        return words.isEmpty() ? "My papers blog" : words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }

    private void print(Path site, List<String> written, DocusaurusImport move, QuireBuild running) {
        PrintWriter out = spec.commandLine().getOut();
        Terminal terminal = quire.terminal();
        out.println(terminal.paint("Created a Quire site", Style.bold, Style.fg_green) + " in " + site);
        written.forEach(path -> out.println("  " + path));
        if (move != null) {
            printImport(out, terminal, move);
        }
        Path here = Path.of("").toAbsolutePath();
        String where = site.equals(here) ? "" : " " + shellWord((site.startsWith(here) ? here.relativize(site) : site).toString());
        out.println();
        out.println(terminal.paint("Next:", Style.bold));
        String quire = quire();
        String serve = quire + " serve" + where;
        String post = quire + " new \"My first review\"" + where;
        String build = quire + " build" + where;
        int width = Math.max(serve.length(), Math.max(post.length(), build.length()));
        out.println("  " + pad(serve, width) + "   previews it at http://127.0.0.1:1313/, rebuilt on every save");
        out.println("  " + pad(post, width) + "   starts another post, dated today");
        out.println("  " + pad(build, width) + "   builds it into " + site.resolve("build"));
        out.println();
        printPublishing(out, terminal, where, running);
        out.flush();
    }

    /** How to publish the site with its GitHub workflow, step by step, and where the workflow gets Quire. */
    private static void printPublishing(PrintWriter out, Terminal terminal, String where, QuireBuild running) {
        out.println(terminal.paint("To publish it with GitHub Pages:", Style.bold));
        String cd = where.isEmpty() ? "" : "cd" + where + " && ";
        out.println("  1. " + cd + "git init -b main && git add . && git commit -m \"A new blog\"");
        out.println("  2. Create an empty repository on GitHub, and push to it:");
        out.println("     git remote add origin https://github.com/USER/REPO.git && git push -u origin main");
        out.println("  3. In the repository's Settings > Pages, choose \"GitHub Actions\" as the source; then, in its Actions");
        out.println("     tab, re-run \"Publish the site\" (a run before Pages was on fails).");
        out.println("  From then on every push to main publishes the site at https://USER.github.io/REPO/");
        String workflow = "  (.github/workflows/pages.yml). Its first run ";
        if (running.released()) {
            out.println(workflow + "takes Quire " + running.version() + " from Maven Central;");
        } else {
            out.println(workflow + "builds Quire " + running.version() + " from source at " + running.sourceRef());
            out.println("  unless a GitHub release has it (a few minutes);");
        }
        out.println("  later runs take it from their cache.");
    }

    /** How the user runs Quire, for the hints: {@code ./quire} in a clone (its launcher says so), else {@code quire}. */
    private static String quire() {
        String command = System.getenv("QUIRE_COMMAND");
        return command == null || command.isBlank() || command.contains(" ") ? "quire" : command;
    }

    /** {@code text} as one word of a shell command: single-quoted unless it is plain. */
    private static String shellWord(String text) {
        return text.matches("[\\w./~+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static void printImport(PrintWriter out, Terminal terminal, DocusaurusImport move) {
        out.println();
        out.println(terminal.paint("Copied from " + move.source(), Style.bold));
        move.copied().forEach((from, count) -> out.println("  " + from + "  (" + Console.plural(count, "file") + ")"));
        if (!move.read().isEmpty()) {
            out.println(terminal.paint("Read from " + move.configFile() + " into quire.yml", Style.bold));
            for (Map.Entry<String, String> entry : move.read().entrySet()) {
                out.println("  " + entry.getKey() + ": " + entry.getValue());
            }
        }
        if (!move.notes().isEmpty()) {
            out.println(terminal.paint("Worth checking", Style.bold, Style.fg_yellow));
            move.notes().forEach(note -> out.println("  " + note));
        }
    }
}
