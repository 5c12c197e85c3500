package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin written with none of the incremental API, as a third party would write it first: it
 * reads every post's title and writes a file and a page of them. Incremental builds (a session,
 * as {@code quire serve}; {@code quire build} run after run) must give what a build from nothing
 * gives after every kind of edit.
 */
class NaivePluginTest {

    /** Lists the titles of the posts, newest first, as a text file and as a page of the theme. */
    public static final class TitlesPlugin implements QuirePlugin {
        private List<String> titles = List.of();

        @Override
        public String name() {
            return "titles";
        }

        @Override
        public void siteLoaded(Site site, PluginContext context) {
            titles = site.posts().stream().map(Post::title).toList();
        }

        @Override
        public void write(Site site, Output output, PluginContext context) {
            output.write("titles.txt", String.join("\n", titles) + "\n");
            output.page("titles/index.html", "list", new PageInfo("list", "Titles", null, "/titles/", null, false),
                    Map.of("posts", site.posts()));
        }
    }

    @TempDir
    Path dir;

    /** A class loader that finds {@link TitlesPlugin} as a plugin jar's service file names it. */
    private ClassLoader withPlugin() throws IOException {
        Path services = dir.resolve("plugin-jar/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(QuirePlugin.class.getName()), TitlesPlugin.class.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.resolve("plugin-jar").toUri().toURL()}, getClass().getClassLoader());
    }

    private static final List<Consumer<TestSite>> EDITS = List.of(
            site -> site.post("blog/2025-11-28-a.md", "# A renamed\n\nFirst post.\n"),
            site -> site.post("blog/2025-11-28-a.md", "# A renamed\n\nFirst post, its text edited.\n"),
            site -> site.post("blog/2025-11-29-c.md", "# C\n\nA new post.\n"),
            site -> site.delete("blog/2025-11-27-b.md"),
            site -> site.post("blog/2025-11-30-d.md", "---\ndraft: true\n---\n# D\n\nA draft.\n"),
            site -> site.file("quire.yml", TestSite.DEFAULT_CONFIG.replace("Test Papers", "Renamed Papers")),
            site -> site.post("blog/2025-11-29-c.md", "---\ntitle: C, from front matter\n---\nA new post.\n"));

    private TestSite site(Path root) {
        return TestSite.in(root)
                .post("blog/2025-11-28-a.md", "# A\n\nFirst post.\n")
                .post("blog/2025-11-27-b.md", "# B\n\nSecond post.\n")
                .age(Duration.ofHours(2));
    }

    private static Map<String, String> built(TestSite site, ClassLoader loader) {
        BuildResult result = Quire.build(site.options(), loader, d -> { });
        assertThat(result.success()).as("%s", result.diagnostics()).isTrue();
        return TestSite.files(site.out());
    }

    private Map<String, String> clean(TestSite edited, ClassLoader loader, int step) {
        TestSite fresh = site(dir.resolve("clean-" + step));
        copySources(edited.root(), fresh.root());
        return built(fresh, loader);
    }

    @Test
    void everyEditGivesTheOutputOfABuildFromNothingInASessionAndRunAfterRun() throws IOException {
        ClassLoader loader = withPlugin();
        TestSite inSession = site(dir.resolve("session"));
        TestSite runAfterRun = site(dir.resolve("runs"));
        BuildSession session = BuildSession.open(inSession.options(), loader);
        assertThat(session.build(d -> { }).success()).isTrue();
        built(runAfterRun, loader);
        assertThat(inSession.output("titles.txt")).isEqualTo("A\nB\n");

        for (int step = 0; step < EDITS.size(); step++) {
            EDITS.get(step).accept(inSession);
            EDITS.get(step).accept(runAfterRun);
            // As a save seconds later would be: the file is not racy, and must be seen all the same.
            inSession.age(Duration.ofMinutes(60 - step));
            runAfterRun.age(Duration.ofMinutes(60 - step));
            assertThat(session.build(d -> { }).success()).isTrue();
            Map<String, String> expected = clean(inSession, loader, step);

            assertThat(TestSite.files(inSession.out())).as("in a session, after edit %d", step).isEqualTo(expected);
            assertThat(built(runAfterRun, loader)).as("run after run, after edit %d", step).isEqualTo(expected);
        }
        assertThat(inSession.output("titles.txt")).isEqualTo("C, from front matter\nA renamed\n");
    }

    private static void copySources(Path from, Path to) {
        try (var walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                Path relative = from.relativize(file);
                if (relative.startsWith(".quire") || relative.startsWith("out")) {
                    continue;
                }
                Path target = to.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (var stale = Files.walk(to.resolve("blog"))) {
                for (Path file : stale.filter(Files::isRegularFile).toList()) {
                    if (!Files.exists(from.resolve(to.relativize(file)))) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
