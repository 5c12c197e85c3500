package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import dev.quire.model.Site;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin hands slow work to the background of a session: the build does not wait for it, the
 * same work is asked for once, what it writes into the site shows in the next build, and what it
 * reports reaches the session's listener. Any other build has no background, and the plugin does
 * the work then and there.
 */
class BackgroundWorkTest {

    /** Writes {@code fetched.txt} into the site, as a plugin fetching into a cache file would. */
    public static final class FetchingPlugin implements QuirePlugin {
        static final CountDownLatch RELEASE = new CountDownLatch(1);
        static final List<String> RAN = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "fetching";
        }

        @Override
        public void siteLoaded(Site site, PluginContext context) {
            Path file = site.root().resolve("fetched.txt");
            site.data().put("fetched", Files.exists(file));
            if (Files.exists(file)) {
                return;
            }
            boolean later = context.inBackground("fetch", List.of("a", "b"), own -> {
                await();
                write(file);
                RAN.add(Thread.currentThread().getName());
                own.info("fetched.txt", 0, "fetched in the background");
            });
            if (!later) {
                write(file);
                RAN.add("in the build");
            }
        }

        private static void await() {
            try {
                RELEASE.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void write(Path file) {
            try {
                Files.writeString(file, "done\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @TempDir
    Path dir;

    private ClassLoader withPlugin() throws IOException {
        Path services = Files.createDirectories(dir.resolve("plugin-jar/META-INF/services"));
        Files.writeString(services.resolve(QuirePlugin.class.getName()), FetchingPlugin.class.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.resolve("plugin-jar").toUri().toURL()}, getClass().getClassLoader());
    }

    private TestSite site(String name) {
        return TestSite.in(dir.resolve(name)).post("blog/2025-11-28-a.md", "# A\n\nText.\n");
    }

    @Test
    void aSessionBuildsWithoutWaitingAndTheWorkRunsOnceBesideIt() throws Exception {
        FetchingPlugin.RAN.clear();
        TestSite site = site("serve");
        List<Diagnostic> heard = new CopyOnWriteArrayList<>();
        try (BuildSession session = BuildSession.open(site.options(), withPlugin())) {
            assertThat(session.build(heard::add).success()).as("built while the work still waits").isTrue();
            assertThat(session.build(heard::add).success()).isTrue();
            assertThat(Files.exists(site.root().resolve("fetched.txt"))).isFalse();

            FetchingPlugin.RELEASE.countDown();
            assertThat(session.awaitBackground(Duration.ofSeconds(30))).isTrue();
            assertThat(FetchingPlugin.RAN).as("asked twice, run once, off the build").containsExactly("quire-background");
            assertThat(Files.exists(site.root().resolve("fetched.txt"))).isTrue();
            assertThat(heard).filteredOn(d -> d.severity() == Severity.INFO)
                    .extracting(Diagnostic::message).contains("fetched in the background");
        }
    }

    @Test
    void aBuildOutsideASessionDoesTheWorkItself() throws Exception {
        FetchingPlugin.RAN.clear();
        TestSite site = site("build");
        assertThat(Quire.build(site.options(), withPlugin(), d -> { }).success()).isTrue();
        assertThat(FetchingPlugin.RAN).containsExactly("in the build");
        assertThat(Files.exists(site.root().resolve("fetched.txt"))).isTrue();
    }
}
