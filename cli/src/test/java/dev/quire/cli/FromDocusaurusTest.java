package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.internal.yaml.YamlDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code quire init --from-docusaurus}, on the blog that core's compatibility test checks against
 * Docusaurus itself (core's {@code src/test/resources/docusaurus-compat/}) and on smaller sites.
 */
class FromDocusaurusTest {

    /** Core's fixture: the blog, the configuration Docusaurus built it with, and what Docusaurus made of it. */
    private static final Path FIXTURE = Path.of(System.getProperty("quire.docusaurus-compat",
            "../core/src/test/resources/docusaurus-compat"));

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

    /** The fixture's blog with the configuration Docusaurus built it with, a static file and pages. */
    private Path docusaurusSite() throws IOException {
        Path site = dir.resolve("docusaurus");
        copy(FIXTURE.resolve("site/blog"), site.resolve("blog"));
        Files.copy(FIXTURE.resolve("oracle/docusaurus.config.js"), site.resolve("docusaurus.config.js"));
        Files.createDirectories(site.resolve("static/img"));
        Files.writeString(site.resolve("static/img/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createDirectories(site.resolve("src/pages"));
        Files.writeString(site.resolve("src/pages/about.md"), "# About us\n\nWe read papers.\n");
        Files.writeString(site.resolve("src/pages/index.js"), "export default function Home() { return null; }\n");
        return site;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    /** Every file under {@code root} with its content hash and modification time. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String hash = Files.isRegularFile(path)
                        ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)))
                        : "folder";
                FileTime modified = Files.getLastModifiedTime(path);
                files.put(root.relativize(path).toString(), hash + " " + modified);
            }
        }
        return files;
    }

    private static String pathOf(String permalink) {
        String dir = permalink.endsWith("/") ? permalink : permalink + "/";
        return dir.substring(1) + "index.html";
    }

    @Test
    void theImportedBlogBuildsWithTheSamePermalinksDocusaurusGaveIt() throws Exception {
        Path docusaurus = docusaurusSite();
        Map<String, String> before = snapshot(docusaurus);
        Path site = dir.resolve("quire-site");

        assertThat(run("init", site.toString(), "--from-docusaurus", docusaurus.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Copied from " + docusaurus.toRealPath())
                .contains("Read from docusaurus.config.js into quire.yml")
                .contains("title: Compatibility fixture").contains("url: https://compat.example.org")
                .contains("blog.onInlineTags 'ignore' (line 19): Quire accepts tags missing from tags.yml")
                .contains("1 file of src/pages not imported");
        assertThat(site.resolve("blog/authors.yml")).exists();
        assertThat(site.resolve("blog/tags.yml")).exists();
        assertThat(site.resolve("pages/about.md")).exists();
        assertThat(site.resolve("pages/index.js")).doesNotExist();
        assertThat(site.resolve("blog/2024-02-03-sparse-experts.mdx")).exists();
        assertThat(site.resolve("blog/2024-01-15-attention-notes.md")).hasSameTextualContentAs(
                docusaurus.resolve("blog/2024-01-15-attention-notes.md"));

        JsonNode expected = new ObjectMapper().readTree(FIXTURE.resolve("expected.json").toFile());
        Map<String, String> docusaurusPermalinks = new TreeMap<>();
        expected.get("posts").forEach(p -> docusaurusPermalinks.put(p.get("source").asText(), p.get("permalink").asText()));
        assertThat(docusaurusPermalinks).hasSizeGreaterThan(40);

        assertThat(run("list", site.toString(), "--format", "json")).as(err.toString()).isZero();
        Map<String, String> quirePermalinks = new TreeMap<>();
        Map<String, JsonNode> quirePosts = new TreeMap<>();
        new ObjectMapper().readTree(out.toString()).forEach(p -> {
            quirePermalinks.put(p.get("source").asText(), p.get("permalink").asText());
            quirePosts.put(p.get("source").asText(), p);
        });
        assertThat(quirePermalinks).isEqualTo(docusaurusPermalinks);
        expected.get("posts").forEach(post -> {
            JsonNode quire = quirePosts.get(post.get("source").asText());
            assertThat(quire.get("authors").toString()).as("authors of " + post.get("source"))
                    .isEqualTo(post.get("authors").findValuesAsText("name").stream()
                            .map(name -> "\"" + name + "\"").toList().toString().replace(", ", ","));
        });
        assertThat(quirePosts.get("blog/2024-01-15-attention-notes.md").get("truncated").asBoolean()).isTrue();

        // The one post whose slug is '/' takes the address of the blog's list: Docusaurus builds both
        // and warns, Quire refuses it (see core's fixture README). Without it, the site builds.
        assertThat(run("build", site.toString(), "--offline")).isEqualTo(1);
        assertThat(err.toString()).contains("blog/2024-04-05-root-slug.md\n  1: error: the URL /blog is also the "
                + "address of the list page");
        Files.delete(site.resolve("blog/2024-04-05-root-slug.md"));
        docusaurusPermalinks.remove("blog/2024-04-05-root-slug.md");
        assertThat(run("build", site.toString(), "--offline")).as(err.toString()).isZero();
        Path built = site.resolve("build");
        docusaurusPermalinks.values().forEach(permalink ->
                assertThat(built.resolve(pathOf(permalink))).as(permalink).isRegularFile());
        expected.get("posts").forEach(post -> post.get("tags").forEach(tag ->
                assertThat(built.resolve(pathOf(tag.get("permalink").asText()))).as(tag.toString()).isRegularFile()));
        assertThat(built.resolve("img/logo.svg")).isRegularFile();
        assertThat(built.resolve("blog/authors/index.html")).isRegularFile();
        assertThat(built.resolve("blog/authors/bo/index.html")).as("bo has page: true").isRegularFile();
        assertThat(built.resolve("blog/authors/ada")).as("ada has no page in Docusaurus either").doesNotExist();
        assertThat(built.resolve("about/index.html")).content(StandardCharsets.UTF_8).contains("About us");
        String sparse = Files.readString(built.resolve("blog/2024/02/03/sparse-experts/index.html"));
        java.util.regex.Matcher image = java.util.regex.Pattern
                .compile("<img [^>]*?src=\"(/[^\"]+)\"[^>]*alt=\"Routing diagram\"|<img [^>]*alt=\"Routing diagram\"[^>]*?src=\"(/[^\"]+)\"")
                .matcher(sparse);
        assertThat(image.find()).as("the imported picture is shown").isTrue();
        String src = image.group(1) != null ? image.group(1) : image.group(2);
        assertThat(built.resolve(src.substring(1))).as(src).isRegularFile();

        assertThat(snapshot(docusaurus)).as("the Docusaurus site is left exactly as it was").isEqualTo(before);
    }

    @Test
    void aTypeScriptConfigCarriesTheBlogOptionsAndSaysWhatItCouldNotRead() throws Exception {
        Path docusaurus = dir.resolve("group");
        Files.createDirectories(docusaurus.resolve("posts/2024-03-01-first"));
        Files.writeString(docusaurus.resolve("posts/2024-03-01-first/index.mdx"), """
                ---
                authors: [kim]
                tags: [attention]
                ---
                # First notes

                Short intro.

                {/* truncate */}

                The rest.
                """);
        Files.writeString(docusaurus.resolve("authors.yml"), "kim:\n  name: Kim Minji\n");
        Files.writeString(docusaurus.resolve("docusaurus.config.ts"), """
                import type {Config} from '@docusaurus/types';
                import type * as Preset from '@docusaurus/preset-classic';

                const config: Config = {
                  title: 'Reading Group',
                  tagline: 'Papers we read, week by week',
                  url: 'https://reading.example.org',
                  baseUrl: '/group/',
                  i18n: {defaultLocale: 'ko', locales: ['ko', 'en']},
                  presets: [
                    [
                      'classic',
                      {
                        docs: false,
                        blog: {
                          path: 'posts',
                          routeBasePath: 'notes',
                          postsPerPage: 5,
                          authorsMapPath: '../authors.yml',
                          showReadingTime: true,
                          editUrl: ({blogPath}) => `https://github.com/x/y/${blogPath}`,
                          feedOptions: {
                            type: ['rss', 'atom'],
                            copyright: `Copyright © ${new Date().getFullYear()} Reading Group`,
                          },
                        },
                      } satisfies Preset.Options,
                    ],
                  ],
                };

                export default config;
                """);
        Path site = dir.resolve("new");
        assertThat(run("init", site.toString(), "--from-docusaurus", docusaurus.toString())).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("docusaurus.config.ts:24: 'copyright' could not be read (it is computed: "
                        + "`Copyright © ${…} Reading Group`)")
                .doesNotContain("showReadingTime")
                .contains("blog.editUrl ({ blogPath }) => `https://github.com/x/y/${…}` (line 21): posts get no "
                        + "\"edit this page\" link");

        YamlDocument config = YamlDocument.parse(Files.readString(site.resolve("quire.yml")), "quire.yml", 1);
        assertThat(config.root().get("title").asText()).isEqualTo("Reading Group");
        assertThat(config.root().get("description").asText()).isEqualTo("Papers we read, week by week");
        assertThat(config.root().get("base-url").asText()).isEqualTo("/group/");
        assertThat(config.root().get("language").asText()).isEqualTo("ko");
        assertThat(config.root().at("/blog/route-base-path").asText()).isEqualTo("notes");
        assertThat(config.root().at("/blog/posts-per-page").asInt()).isEqualTo(5);
        assertThat(config.root().at("/feeds/formats").toString()).isEqualTo("[\"rss\",\"atom\"]");
        assertThat(site.resolve("blog/authors.yml")).hasContent("kim:\n  name: Kim Minji");

        assertThat(run("list", site.toString(), "--format", "json")).as(err.toString()).isZero();
        JsonNode post = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(post.get("permalink").asText()).isEqualTo("/group/notes/2024/03/01/first");
        assertThat(post.get("authors").get(0).asText()).isEqualTo("Kim Minji");
        assertThat(post.get("truncated").asBoolean()).isTrue();
        assertThat(run("build", site.toString(), "--strict", "--offline")).as(err.toString()).isZero();
        assertThat(site.resolve("build/notes/2024/03/01/first/index.html")).exists();
        assertThat(site.resolve("build/notes/tags/attention/index.html")).exists();
        assertThat(site.resolve("build/notes/rss.xml")).exists();
        assertThat(site.resolve("build/notes/feed.json")).doesNotExist();
    }

    /** A site as create-docusaurus makes it, with {@code config} (a fixture of cli's test resources) and one post. */
    private Path createdSite(String config, String blogFolder) throws IOException {
        Path docusaurus = dir.resolve("created");
        Files.createDirectories(docusaurus.resolve(blogFolder));
        Files.writeString(docusaurus.resolve(blogFolder + "/2024-05-06-mixture.md"), "---\ntags: [moe]\n---\n"
                + "# Mixture of experts\n\nRouting tokens.\n\n<!-- truncate -->\n\nThe rest.\n");
        try (var in = getClass().getResourceAsStream("/docusaurus-configs/" + config)) {
            Files.write(docusaurus.resolve(config.endsWith(".ts") ? "docusaurus.config.ts" : "docusaurus.config.js"),
                    in.readAllBytes());
        }
        return docusaurus;
    }

    @Test
    void theConfigCreateDocusaurusWritesKeepsEveryPostUrl() throws Exception {
        Path docusaurus = createdSite("create-docusaurus.config.js", "articles");
        Path site = dir.resolve("moved");

        assertThat(run("init", site.toString(), "--from-docusaurus", docusaurus.toString(), "--debug"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("blog.route-base-path: posts").contains("blog.posts-per-page: 7")
                .contains("blog.editUrl").contains("site.themeConfig");
        YamlDocument config = YamlDocument.parse(Files.readString(site.resolve("quire.yml")), "quire.yml", 1);
        assertThat(config.root().get("language").asText()).isEqualTo("zh-Hans");
        assertThat(config.root().at("/markdown/math").asBoolean(true)).isFalse();
        // The config does not say, so pages are linked as Docusaurus links them: without a final slash.
        assertThat(config.root().get("trailing-slash").asText()).isEqualTo("unset");

        assertThat(run("list", site.toString(), "--format", "json")).as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("permalink").asText())
                .isEqualTo("/posts/2024/05/06/mixture");
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("url").asText())
                .isEqualTo("/posts/2024/05/06/mixture");
        assertThat(run("build", site.toString(), "--strict", "--offline")).as(err.toString()).isZero();
        assertThat(site.resolve("build/posts/2024/05/06/mixture/index.html")).content(StandardCharsets.UTF_8)
                .contains("lang=\"zh-Hans\"").contains("标签");
    }

    @Test
    void trailingSlashAndMarkdownOptionsAreWrittenAndTheSiteBuildsWithoutWarnings() throws Exception {
        Path docusaurus = createdSite("typescript.config.ts", "blog");
        Files.createDirectories(docusaurus.resolve("news"));
        Path site = dir.resolve("moved");

        assertThat(run("init", site.toString(), "--from-docusaurus", docusaurus.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(blog): 'default' (path blog, routeBasePath notes)")
                .contains("blog 'news' (line 34: path news, routeBasePath news) is not carried over")
                .contains("markdown.preprocessor (line 15): not run — posts it changed may render differently");
        YamlDocument config = YamlDocument.parse(Files.readString(site.resolve("quire.yml")), "quire.yml", 1);
        assertThat(config.root().get("trailing-slash").asBoolean(true)).isFalse();
        assertThat(config.root().get("markdown").toString())
                .isEqualTo("{\"format\":\"detect\",\"math\":true,\"mermaid\":true}");
        assertThat(run("build", site.toString(), "--strict", "--offline")).as(err.toString()).isZero();

        assertThat(run("init", dir.resolve("news-site").toString(), "--from-docusaurus", docusaurus.toString(),
                "--blog", "news")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("blog 'default' (line 23: path blog, routeBasePath notes) is not carried");
    }

    @Test
    void severalConfigFilesAreNamedAndAnotherIsChosenWithConfig() throws Exception {
        Path docusaurus = createdSite("typescript.config.ts", "blog");
        Files.writeString(docusaurus.resolve("docusaurus.config.js"), "module.exports = {title: 'The JS one'}\n");

        assertThat(run("init", dir.resolve("a").toString(), "--from-docusaurus", docusaurus.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("docusaurus.config.ts was read, as Docusaurus does; "
                + "docusaurus.config.js is there too: name it with --config FILE to read it instead");
        assertThat(run("init", dir.resolve("b").toString(), "--from-docusaurus", docusaurus.toString(),
                "--config", "docusaurus.config.js")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("title: The JS one").doesNotContain("is there too");
        assertThat(run("init", dir.resolve("c").toString(), "--from-docusaurus", docusaurus.toString(),
                "--config", "../elsewhere.js")).isEqualTo(1);
        assertThat(err.toString()).contains("no configuration file");
    }

    @Test
    void aBlogFolderOutsideTheDocusaurusSiteIsRefused() throws Exception {
        Path docusaurus = Files.createDirectories(dir.resolve("docs-site"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(docusaurus.resolve("docusaurus.config.js"),
                "module.exports = {title: 'x', presets: [['classic', {blog: {path: '../elsewhere'}}]]};");
        assertThat(run("init", dir.resolve("new").toString(), "--from-docusaurus", docusaurus.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the blog folder '../elsewhere' is not inside").doesNotContain("Exception");
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void theNewSiteMayNotBeInsideTheDocusaurusSite() throws Exception {
        Path docusaurus = docusaurusSite();
        Map<String, String> before = snapshot(docusaurus);
        assertThat(run("init", docusaurus.resolve("quire").toString(), "--from-docusaurus", docusaurus.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("is inside the Docusaurus site");
        assertThat(snapshot(docusaurus)).isEqualTo(before);
    }

    @Test
    void symbolicLinksAreNeitherFollowedNorCopied() throws Exception {
        Path docusaurus = Files.createDirectories(dir.resolve("linked/blog"));
        Files.writeString(docusaurus.resolve("2024-01-01-post.md"), "# Post\n\nText.\n");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "outside the site");
        Files.createSymbolicLink(docusaurus.resolve("secret.txt"), secret);
        Files.createSymbolicLink(docusaurus.resolve("more"), dir);
        Path site = dir.resolve("new");
        assertThat(run("init", site.toString(), "--from-docusaurus", docusaurus.getParent().toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("blog/secret.txt is a symbolic link; it was not followed or copied")
                .contains("no docusaurus.config.js or .ts");
        assertThat(site.resolve("blog/2024-01-01-post.md")).exists();
        assertThat(site.resolve("blog/secret.txt")).doesNotExist();
        assertThat(site.resolve("blog/more")).doesNotExist();
    }

    @Test
    void aFolderThatIsNoDocusaurusSiteIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("init", dir.resolve("new").toString(), "--from-docusaurus", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no blog folder").contains("is " + empty.toRealPath() + " the folder of the Docusaurus site?");
        assertThat(run("init", dir.resolve("new").toString(), "--from-docusaurus", dir.resolve("none").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("is not a folder");
    }
}
