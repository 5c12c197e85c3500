package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import dev.quire.testing.PlainThemeEngine;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin gets the theme's words before the pages are rendered, from the theme that then renders
 * them, loaded once; a task in the background gets them too.
 */
class ThemeTextTest {

    /** Writes the theme's words it asked for once the site was rendered into {@code words.txt}. */
    public static final class WordsPlugin implements QuirePlugin {
        static final List<String> IN_BACKGROUND = new CopyOnWriteArrayList<>();
        private String words;

        @Override
        public String name() {
            return "words";
        }

        @Override
        public void siteLoaded(Site site, PluginContext context) {
            context.inBackground("words", "once", own -> IN_BACKGROUND.add(own.themeText("nav.blog", null)));
        }

        @Override
        public void siteRendered(Site site, PluginContext context) {
            words = context.themeText("post_count", 2);
        }

        @Override
        public void write(Site site, Output output, PluginContext context) {
            output.write("words.txt", words);
        }
    }

    @TempDir
    Path dir;

    private ClassLoader withPlugin() throws IOException {
        Path services = Files.createDirectories(dir.resolve("plugin-jar/META-INF/services"));
        Files.writeString(services.resolve(QuirePlugin.class.getName()), WordsPlugin.class.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.resolve("plugin-jar").toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aPluginGetsTheWordsOfTheThemeThatRendersThePages() throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-a.md", "# A\n\nText.\n");
        int before = PlainThemeEngine.LOADS.get();

        assertThat(Quire.build(site.options(), withPlugin(), d -> { }).success()).isTrue();

        assertThat(site.output("words.txt")).isEqualTo("plain post_count 2");
        assertThat(PlainThemeEngine.LOADS.get() - before).as("loaded once, for the plugin and the pages").isEqualTo(1);
        assertThat(site.output("blog/2025/11/28/a/index.html")).contains("template: post");
    }

    @Test
    void aTaskInTheBackgroundGetsTheWordsToo() throws Exception {
        WordsPlugin.IN_BACKGROUND.clear();
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-a.md", "# A\n\nText.\n");
        try (BuildSession session = BuildSession.open(site.options(), withPlugin())) {
            assertThat(session.build(d -> { }).success()).isTrue();
            assertThat(session.awaitBackground(Duration.ofSeconds(30))).isTrue();
        }
        assertThat(WordsPlugin.IN_BACKGROUND).containsExactly("plain nav.blog");
    }
}
