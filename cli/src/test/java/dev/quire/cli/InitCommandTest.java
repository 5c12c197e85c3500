package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.cli.init.QuireBuild;
import dev.quire.internal.yaml.YamlDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

class InitCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = QuireCommand.commandLine(Terminal.plain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aNewSiteBuildsStrictlyAtOnce() throws Exception {
        Path site = dir.resolve("my-blog");
        assertThat(run("init", site.toString(), "--date", "2025-12-01")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created a Quire site in " + site)
                .contains("blog/2025-12-01-papers-review/index.mdx").contains("quire build")
                .contains("git init -b main").contains("git push -u origin main").contains("Settings > Pages")
                .contains("Quire " + Version.quire() + " from ");
        for (String file : new String[] {"quire.yml", "pom.xml", ".github/workflows/pages.yml", ".gitignore", "README.md",
            "blog/2025-12-01-papers-review/index.mdx", "blog/2025-12-01-papers-review/asset/cover.png", "pages/about.md",
            "papers.json"}) {
            assertThat(site.resolve(file)).as(file).isRegularFile();
        }

        assertThat(YamlDocument.parse(read(site.resolve("quire.yml")), "quire.yml", 1).root().get("title").asText())
                .as("the folder's name as words").isEqualTo("My blog");

        assertThat(run("build", site.toString(), "--strict", "--offline")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("papers enriched +3").containsPattern("images +1");
        Path built = site.resolve("build");
        String post = read(built.resolve("blog/2025/12/01/papers-review/index.html"));
        assertThat(post).contains("2025-12-01 papers review").contains("lang=\"en\"")
                .contains("Attention Is All You Need").doesNotContain("MDX comments like this one");
        assertThat(read(built.resolve("about/index.html"))).contains("About");
        assertThat(read(built.resolve("blog/rss.xml"))).contains("https://example.org/blog/2025/12/01/papers-review");
    }

    @Test
    void theSamplePostIsASeedLikeReviewWithAnImportedPictureAndPaperSections() throws Exception {
        Path site = dir.resolve("site");
        assertThat(run("init", site.toString(), "--date", "2025-12-01")).isZero();
        String post = read(site.resolve("blog/2025-12-01-papers-review/index.mdx"));
        assertThat(post).startsWith("import cover from './asset/cover.png';\n\n# 2025-12-01 papers review\n");
        assertThat(post).containsPattern("(?m)^## 1\\. \\[.+]\\(https://huggingface\\.co/papers/\\d{4}\\.\\d{5}\\)$")
                .containsPattern("(?m)^## 2\\. \\[.+]\\(https://arxiv\\.org/abs/\\d{4}\\.\\d{5}\\)$");
        byte[] png = Files.readAllBytes(site.resolve("blog/2025-12-01-papers-review/asset/cover.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');

        assertThat(run("list", site.toString(), "--format", "json")).isZero();
        JsonNode posts = new ObjectMapper().readTree(out.toString());
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).get("permalink").asText()).isEqualTo("/blog/2025/12/01/papers-review");
        assertThat(posts.get(0).get("title").asText()).isEqualTo("2025-12-01 papers review");
    }

    @Test
    void koreanGetsKoreanSamplesAndAnyTitleReadsBackAsWritten() throws Exception {
        Path site = dir.resolve("논문");
        String title = "논문 읽는 밤: \"매일\" #1";
        assertThat(run("init", site.toString(), "--lang", "ko", "--title", title, "--url", "https://me.github.io",
                "--date", "2025-12-01")).as(err.toString()).isZero();
        YamlDocument config = YamlDocument.parse(read(site.resolve("quire.yml")), "quire.yml", 1);
        assertThat(config.root().get("title").asText()).isEqualTo(title);
        assertThat(config.root().get("language").asText()).isEqualTo("ko");
        assertThat(config.root().get("url").asText()).isEqualTo("https://me.github.io");
        assertThat(read(site.resolve("blog/2025-12-01-papers-review/index.mdx"))).contains("첫 번째 글입니다");
        assertThat(run("build", site.toString(), "--strict", "--offline")).as(err.toString()).isZero();
        assertThat(read(site.resolve("build/blog/2025/12/01/papers-review/index.html")))
                .contains("lang=\"ko\"").contains("논문 읽는 밤: &quot;매일&quot; #1");
    }

    @Test
    void thePomDeclaresTheMavenPluginOfThisQuireAndTheWorkflowPublishesItsOutput() throws Exception {
        Path site = dir.resolve("Papers Blog");
        assertThat(run("init", site.toString())).isZero();
        assertThat(out.toString()).as("a folder with a space is one word of the hint")
                .contains("cd '" + site + "' && git init -b main");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        Document pom = factory.newDocumentBuilder().parse(site.resolve("pom.xml").toFile());
        assertThat(text(pom, "artifactId", 0)).isEqualTo("papers-blog");
        assertThat(text(pom, "packaging", 0)).isEqualTo("pom");
        assertThat(text(pom, "groupId", 1)).isEqualTo("dev.quire");
        assertThat(text(pom, "artifactId", 1)).isEqualTo("quire-maven-plugin");
        assertThat(text(pom, "version", 1)).isEqualTo(Version.quire()).doesNotContain("{{");
        String workflow = read(site.resolve(".github/workflows/pages.yml"));
        JsonNode env = YamlDocument.parse(workflow, "pages.yml", 1).root().get("env");
        QuireBuild running = new QuireBuild(Version.quire(), Version.commit());
        assertThat(env.get("QUIRE_VERSION").asText()).isEqualTo(Version.quire());
        assertThat(env.get("QUIRE_SOURCE").asText()).isEqualTo(running.sourceRef());
        assertThat(workflow).doesNotContainPattern("\\{\\{[a-z]").contains("run: quire build --base-url \"$BASE_URL/\"")
                .contains("path: build\n").contains("actions/deploy-pages@");
        assertThat(read(site.resolve(".gitignore"))).contains("/build/").contains("/target/").contains("/.quire/");
    }

    private static String text(Document document, String tag, int index) {
        return document.getElementsByTagNameNS("http://maven.apache.org/POM/4.0.0", tag).item(index).getTextContent();
    }

    @Test
    void aFolderWithFilesIsRefusedAndLeftAlone() throws Exception {
        Path site = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        assertThat(run("init", site.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not empty (it holds notes.txt)").contains("quire init my-blog")
                .doesNotContain("Exception");
        try (var files = Files.list(site)) {
            assertThat(files).containsExactly(site.resolve("notes.txt"));
        }
        assertThat(read(site.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aFreshCloneWithOnlyGitIsFine() throws Exception {
        Path site = Files.createDirectories(dir.resolve("clone/.git")).getParent();
        assertThat(run("init", site.toString())).as(err.toString()).isZero();
        assertThat(site.resolve("quire.yml")).exists();
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(run("init", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is a file");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        assertThat(run("init", dir.resolve("x").toString(), "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang").contains("en, ko");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
