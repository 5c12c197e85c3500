package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.Quire;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The documentation is a Quire site: it builds without a warning, and its examples work. */
class DocsTest {

    @TempDir
    Path dir;

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = from.relativize(file).toString();
                if (relative.startsWith("build") || relative.startsWith(".quire")) {
                    continue;
                }
                Path copy = to.resolve(relative);
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    @Test
    void theDocumentationBuildsStrictlyWithEveryLinkAndPictureInPlace() throws Exception {
        Path docs = dir.resolve("docs");
        copy(ConfigurationReferenceTest.docs(), docs);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = QuireCommand.commandLine(Terminal.plain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("build", docs.toString(), "--strict", "--offline")).as(err.toString()).isZero();
        for (String page : new String[] {"index.html", "getting-started/index.html", "command-line/index.html",
            "writing-posts/index.html", "mdx/index.html", "arxiv/index.html", "feeds/index.html", "themes/index.html",
            "plugins/index.html", "maven/index.html", "configuration/index.html", "releasing/index.html"}) {
            assertThat(docs.resolve("build").resolve(page)).as(page).isRegularFile();
        }
        assertThat(Files.readString(docs.resolve("build/index.html")))
                .contains("href=\"/getting-started/\"").containsPattern("<img [^>]*src=\"/assets/images/post-desktop-light\\.");
    }

    /** The plugin of "Writing a plugin", compiled from the page and run as its test says. */
    @Test
    void thePluginExampleCompilesAndWorksAsDocumented() throws Exception {
        String page = Files.readString(ConfigurationReferenceTest.docs().resolve("pages/plugins.md"), StandardCharsets.UTF_8);
        Matcher java = Pattern.compile("```java\\n(package (\\S+);.*?public final class (\\w+).*?)```", Pattern.DOTALL)
                .matcher(page);
        assertThat(java.find()).as("the page has the plugin's source").isTrue();
        String name = java.group(2) + "." + java.group(3);
        Path sources = dir.resolve("src/" + java.group(2).replace('.', '/'));
        Files.createDirectories(sources);
        Path source = Files.writeString(sources.resolve(java.group(3) + ".java"), java.group(1));
        assertThat(page).contains("```\n" + name + "\n```");

        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringWriter errors = new StringWriter();
        boolean compiled = compiler.getTask(errors, null, null,
                List.of("-d", classes.toString(), "-cp", classPath, "--release", "17"), null,
                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
                .call();
        assertThat(compiled).as(errors.toString()).isTrue();
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve("dev.quire.plugin.QuirePlugin"), name + "\n");

        TestSite site = TestSite.in(dir.resolve("site"))
                .config(TestSite.DEFAULT_CONFIG + "word-count:\n  minimum: 3\n")
                .post("blog/2025-01-02-hello.md", "# Hello\n\nTwo words.");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            BuildResult result = Quire.build(site.options(), loader, d -> { });
            assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
            assertThat(site.output("word-count.txt")).isEqualTo("2 /blog/2025/01/02/hello/\n");
            assertThat(TestSite.messages(result, Severity.WARNING))
                    .containsExactly("blog/2025-01-02-hello.md:1: warning: only 2 words; is this post finished?");
            assertThat(result.counts()).containsEntry("posts counted", 1L);
            assertThat(ConfigurationReference.markdown(loader))
                    .contains("## The `word-count:` section\n\nCounts the words of every post.")
                    .contains("| `word-count.file` | text | `word-count.txt` | The file that lists every post's words. |");
        }
    }
}
