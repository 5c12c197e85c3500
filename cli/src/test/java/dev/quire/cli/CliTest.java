package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = QuireCommand.commandLine(Terminal.plain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Standard error without the progress lines a slow machine may show after a second. */
    private String problems() {
        return err.toString().replaceAll("(?m)^\\[[\\d.]+ s\\] .*\\R", "");
    }

    private TestSite site() {
        return TestSite.in(dir)
                .file("blog/2025-11-28-papers-review/asset/x.png", png())
                .post("blog/2025-11-28-papers-review/index.mdx", "import img from './asset/x.png';\n\n"
                        + "# 2025-11-28 papers review\n\n## 1. [Paper](https://huggingface.co/papers/2511.21541)\n\n한국어 본문.\n")
                .post("blog/2025-11-20-tagged.md", "---\ntitle: Tagged\ntags: [ml, 논문]\nauthors: [{name: Kim}]\n---\n"
                        + "Intro.\n\n<!-- truncate -->\n\nMore.\n")
                .post("blog/2025-11-29-draft.md", "---\ndraft: true\n---\nDraft.\n")
                // The paper's metadata is committed, as on a real site, so no build here uses the network.
                .file("papers.json", "{\"papers\": [{\"id\": \"2511.21541\", "
                        + "\"title\": \"Video Generation Models Are Good Latent Reward Models\"}]}\n");
    }

    private static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void buildEndsWithASummaryOfCountsAndExitsZero() {
        TestSite site = site();
        int code = run("build", site.root().toString(), "--out", site.out().toString(), "--offline");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).matches("Built the site into \\Q" + site.out() + "\\E in [\\d.]+ s\\R"
                + "  posts +2\\R"
                + "  pages +0\\R"
                + "  images +1\\R"
                + "  papers enriched +1\\R"
                + "  cards drawn +1\\R"
                + "  cards reused +0\\R"
                + "  feeds +\\d+\\R"
                + "  files written +\\d+  \\([\\d.]+ KB\\)\\R"
                + "  warnings +0\\R");
        assertThat(problems()).isEmpty();
        assertThat(site.output("blog/2025/11/28/papers-review/index.html")).contains("한국어 본문.").contains("lang=\"ko\"");
    }

    @Test
    void anUnchangedSiteIsUpToDateUntilCleanBuildsItAgain() {
        TestSite site = site().age(Duration.ofHours(1));
        String[] build = {"build", site.root().toString(), "--out", site.out().toString(), "--offline"};
        assertThat(run(build)).as(err.toString()).isZero();
        out.getBuffer().setLength(0);

        assertThat(run(build)).isZero();
        assertThat(out.toString()).startsWith("Up to date: nothing changed since the last build of " + site.out()
                + " (2 posts, 0 pages; checked in ");
        out.getBuffer().setLength(0);

        String[] clean = Arrays.copyOf(build, build.length + 1);
        clean[build.length] = "--clean";
        assertThat(run(clean)).isZero();
        assertThat(out.toString()).startsWith("Built the site into " + site.out());
    }

    @Test
    void contentErrorsExitOneWithFileAndLineAndNoStackTrace() {
        TestSite site = site().post("blog/2025-11-30-bad.md", "---\ntags: 5\n---\nBad.\n");
        int code = run("build", site.root().toString(), "--out", site.out().toString(), "--offline");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("blog/2025-11-30-bad.md\n  2: error: front matter 'tags' must be a list")
                .contains("quire: build failed with 1 error; ")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void strictMakesWarningsFail() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "colour: red\n");
        assertThat(run("build", site.root().toString(), "--out", site.out().toString(), "--strict", "--offline")).isEqualTo(1);
        assertThat(problems()).isEqualTo("quire.yml\n"
                + "  4: warning: unknown setting 'colour' is ignored\n"
                + "error: strict mode: the warnings above count as errors\n"
                + "quire: build failed with 1 error; " + site.out() + " was left as it was\n");
    }

    @Test
    void aMissingSiteIsAContentErrorNotACrash() {
        assertThat(run("build", dir.resolve("missing").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error: the site folder").contains("does not exist").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void everyCommandListsItsExitCodesInItsHelp() {
        List<CommandLine> commands = new ArrayList<>();
        collectQuiresOwnCommands(QuireCommand.commandLine(Terminal.plain()), commands);
        assertThat(commands).extracting(CommandLine::getCommandName)
                .contains("build", "check", "init", "list", "new", "serve", "settings", "fetch", "refresh", "count-words");
        for (CommandLine command : commands) {
            assertThat(command.getUsageMessage()).as(command.getCommandSpec().qualifiedName())
                    .contains("Exit codes:")
                    .containsPattern("(?m)^  0 +\\S")
                    .containsPattern("(?m)^  2 +wrong usage$");
        }
    }

    /**
     * The commands that run something (not groups of commands), quire's and its plugins', leaving
     * out those picocli brings.
     */
    private static void collectQuiresOwnCommands(CommandLine cli, List<CommandLine> commands) {
        if (cli.getSubcommands().isEmpty()) {
            if (!cli.getCommand().getClass().getName().startsWith("picocli.")) {
                commands.add(cli);
            }
            return;
        }
        new LinkedHashSet<>(cli.getSubcommands().values()).forEach(sub -> collectQuiresOwnCommands(sub, commands));
    }

    @Test
    void listPrintsOneJsonRecordPerPostNewestFirst() throws Exception {
        TestSite site = site();
        assertThat(run("list", site.root().toString(), "--format", "json")).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows).hasSize(2);
        JsonNode seed = rows.get(0);
        assertThat(seed.get("source").asText()).isEqualTo("blog/2025-11-28-papers-review/index.mdx");
        assertThat(seed.get("permalink").asText()).isEqualTo("/blog/2025/11/28/papers-review");
        assertThat(seed.get("url").asText()).isEqualTo("/blog/2025/11/28/papers-review/");
        assertThat(seed.get("title").asText()).isEqualTo("2025-11-28 papers review");
        assertThat(seed.get("date").asText()).isEqualTo("2025-11-28");
        assertThat(seed.get("slug").asText()).isEqualTo("/2025/11/28/papers-review");
        assertThat(seed.get("truncated").asBoolean()).isFalse();
        JsonNode tagged = rows.get(1);
        assertThat(tagged.get("tags")).extracting(JsonNode::asText).containsExactly("ml", "논문");
        assertThat(tagged.get("authors").get(0).asText()).isEqualTo("Kim");
        assertThat(tagged.get("truncated").asBoolean()).isTrue();
        assertThat(tagged.get("description").asText()).isEqualTo("Intro.");
    }

    @Test
    void listIncludesDraftsOnlyWhenAsked() throws Exception {
        TestSite site = site();
        assertThat(run("list", site.root().toString(), "--format", "json", "--drafts")).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("draft").asBoolean()).isTrue();
    }

    @Test
    void listPrintsCsvWithAHeader() {
        TestSite site = site();
        assertThat(run("list", site.root().toString())).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("source,permalink,url,title,date,slug,tags,authors,draft,unlisted,truncated,description");
        assertThat(lines[2]).startsWith("blog/2025-11-20-tagged.md,/blog/2025/11/20/tagged,/blog/2025/11/20/tagged/,Tagged,2025-11-20,/2025/11/20/tagged,ml;논문,Kim,");
    }

    @Test
    void newWritesThePostTheWayTheSitesNewestPostIsWrittenInItsLanguageAndItBuilds() throws Exception {
        TestSite site = site();
        assertThat(run("new", "논문 읽는 밤: 1회", site.root().toString(), "--date", "2025-12-01")).isZero();
        Path created = site.root().resolve("blog/2025-12-01-논문-읽는-밤-1회/index.mdx");
        assertThat(created).exists();
        String text = Files.readString(created);
        assertThat(text).as("the seed's style: a dated heading, no front matter")
                .startsWith("# 2025-12-01 논문 읽는 밤: 1회\n\n첫 문단은").contains("## 1. 논문 제목", "{/* truncate */}")
                .doesNotContain("---", "The first paragraph")
                .doesNotContainPattern("\\]\\(https://huggingface.co/papers/\\d");
        assertThat(run("new", "논문 읽는 밤: 1회", site.root().toString(), "--date", "2025-12-01")).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(run("build", site.root().toString(), "--out", site.out().toString(), "--offline")).isZero();
        assertThat(site.output("blog/2025/12/01/논문-읽는-밤-1회/index.html")).contains("2025-12-01 논문 읽는 밤: 1회");
        assertThat(err.toString()).doesNotContain("warning");
    }

    @Test
    void newWritesFrontMatterWhereTheSitesPostsHaveItAndFollowsTheBlogFolder() throws Exception {
        TestSite site = TestSite.in(dir).config("title: T\nurl: https://x.example\nlanguage: en\nblog:\n  path: posts\n")
                .post("posts/2025-11-20-tagged.md", "---\ntitle: Tagged\ntags: [ml]\n---\nIntro.\n");
        assertThat(run("new", "Reading \"night\"", site.root().toString(), "--date", "2025-12-01")).isZero();
        Path created = site.root().resolve("posts/2025-12-01-reading-night.md");
        assertThat(Files.readString(created)).startsWith("---\ntitle: \"Reading \\\"night\\\"\"\ntags: []\n---\n\n"
                + "The first paragraph is the excerpt").contains("<!-- truncate -->", "## 1. Paper title");
        assertThat(run("build", site.root().toString(), "--out", site.out().toString(), "--offline")).isZero();
        assertThat(site.output("blog/2025/12/01/reading-night/index.html")).contains("Reading &quot;night&quot;");
    }

    @Test
    void metricsShowEveryStageAndEachPluginsHooks() {
        TestSite site = site();
        assertThat(run("build", site.root().toString(), "--out", site.out().toString(), "--metrics", "--offline")).isZero();
        String printed = out.toString();
        assertThat(printed).contains("Time per stage (wall clock; the build took ");
        for (String stage : new String[] {"read quire.yml", "load posts", "transform and render", "render pages",
            "plugins: write", "check links", "replace the output"}) {
            assertThat(printed).containsPattern("(?m)^  \\Q" + stage + "\\E +[\\d.]+ ms +\\d+%");
        }
        assertThat(printed).contains("Time per plugin").containsPattern("(?m)^ +images +arxiv +math +search +cards +feeds$")
                .containsPattern("(?m)^  transform( +[\\d.]+ ms){6}$").containsPattern("(?m)^  total( +[\\d.]+ ms){6}$");
        // Only posts and tags have two pages here, so most of the five slowest templates made one.
        assertThat(printed).containsPattern("(?m)^  template \\S+ +[\\d.]+ ms  1 page, [\\d.]+ ms each$")
                .doesNotContainPattern("1 pages");
    }

    @Test
    void serveWithMetricsPrintsTheTableAfterEachBuild() throws Exception {
        TestSite site = site();
        Thread serving = new Thread(() -> run("serve", site.root().toString(), "--port", "0", "--metrics"));
        serving.start();
        try {
            long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!out.toString().contains("Serving ") && System.nanoTime() < end) {
                Thread.sleep(20);
            }
        } finally {
            serving.interrupt();
            serving.join();
        }
        assertThat(out.toString()).containsPattern("(?s)Built \\d+ posts.*Time per stage.*Time per plugin.*Serving ")
                .containsPattern("(?m)^  transform and render +[\\d.]+ ms +\\d+%");
    }

    @Test
    void versionNamesQuireTheCommitItWasBuiltFromAndTheJavaRuntime() throws Exception {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("quire " + Version.quire() + " (commit " + headCommit() + ")" + System.lineSeparator())
                .contains("Java " + System.getProperty("java.version"));
    }

    /** The commit of the sources under test, as git names it; {@code unknown} where they are no git checkout. */
    private static String headCommit() throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? head : "unknown";
        } catch (IOException noGit) {
            return "unknown";
        }
    }
}
