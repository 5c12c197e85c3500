package dev.quire.theme.pebble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.Quire;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Themes and front-end libraries that come as jars on the build's class path. */
class JarThemeTest {

    private static final String POST = "blog/2025/11/28/hello/index.html";

    @TempDir
    Path dir;

    /** A theme jar, laid out as a Maven module of a theme would package it. */
    private Path themeJar() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/quire/themes/paper/theme.yml", "webjars:\n"
                + "  - name: widget\n    from: dist\n    to: vendor/widget\n    files: [widget.min.js, widget.css, \"fonts/*\"]\n");
        entries.put("META-INF/quire/themes/paper/templates/post.peb",
                "<h1>{{ post.title }}</h1><p>{{ t('greeting') }}</p>"
                        + "<script src=\"{{ asset('vendor/widget/widget.min.js') }}\"></script>"
                        + "<link rel=\"stylesheet\" href=\"{{ asset('vendor/widget/widget.css') }}\">");
        entries.put("META-INF/quire/themes/paper/i18n/en.yml", "greeting: Hello from a jar\n");
        entries.put("META-INF/resources/webjars/widget/1.2.3/dist/widget.min.js", "widget()");
        entries.put("META-INF/resources/webjars/widget/1.2.3/dist/widget.css",
                "@font-face{src:url(fonts/W.woff2) format(\"woff2\"),url('fonts/W.ttf?v=1') format(\"truetype\")}"
                        + ".x{background:url(data:image/png;base64,AA==)}");
        entries.put("META-INF/resources/webjars/widget/1.2.3/dist/fonts/W.woff2", "woff2 bytes");
        entries.put("META-INF/resources/webjars/widget/1.2.3/dist/fonts/W.ttf", "ttf bytes");
        entries.put("META-INF/resources/webjars/widget/1.2.3/dist/unused.js", "not published");
        return jar(dir.resolve("paper-theme.jar"), entries);
    }

    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            java.util.Set<String> folders = new java.util.HashSet<>();
            for (var entry : entries.entrySet()) {
                String name = entry.getKey();
                for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                    if (folders.add(name.substring(0, slash + 1))) {
                        jar.putNextEntry(new JarEntry(name.substring(0, slash + 1)));
                        jar.closeEntry();
                    }
                }
                jar.putNextEntry(new JarEntry(name));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }

    private BuildResult build(TestSite site, Path jar) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            return Quire.build(site.options(), loader, d -> { });
        }
    }

    private TestSite site(String theme) {
        return TestSite.in(dir)
                .config("title: T\nurl: https://example.org\nlanguage: en\ntheme: " + theme + "\n")
                .post("blog/2025-11-28-hello.md", "# Hello\n\nBody.");
    }

    @Test
    void aThemeIsFoundInAJarByItsName() throws IOException {
        TestSite site = site("paper");

        BuildResult result = build(site, themeJar());

        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(result.success()).isTrue();
        assertThat(site.output(POST)).startsWith("<h1>Hello</h1><p>Hello from a jar</p>");
    }

    @Test
    void aFolderThemeMayExtendAJarTheme() throws IOException {
        TestSite site = site("mine").file("themes/mine/theme.yml", "extends: paper\n")
                .file("themes/mine/i18n/en.yml", "greeting: Hello from my folder\n");

        BuildResult result = build(site, themeJar());

        assertThat(result.success()).isTrue();
        assertThat(site.output(POST)).contains("<p>Hello from my folder</p>");
    }

    @Test
    void webJarFilesArePublishedFingerprintedWithStylesheetsPointingAtTheFingerprintedFonts() throws IOException {
        TestSite site = site("paper");

        assertThat(build(site, themeJar()).success()).isTrue();

        String html = site.output(POST);
        String script = find(html, "src=\"/(assets/vendor/widget/widget\\.min\\.[0-9a-f]{8}\\.js)\"");
        String css = find(html, "href=\"/(assets/vendor/widget/widget\\.[0-9a-f]{8}\\.css)\"");
        assertThat(site.output(script)).isEqualTo("widget()");
        String stylesheet = site.output(css);
        String woff2 = find(stylesheet, "url\\((fonts/W\\.[0-9a-f]{8}\\.woff2)\\)");
        String ttf = find(stylesheet, "url\\('(fonts/W\\.[0-9a-f]{8}\\.ttf)\\?v=1'\\)");
        assertThat(site.output("assets/vendor/widget/" + woff2)).isEqualTo("woff2 bytes");
        assertThat(site.output("assets/vendor/widget/" + ttf)).isEqualTo("ttf bytes");
        assertThat(stylesheet).contains("url(data:image/png;base64,AA==)");
        try (var files = Files.walk(site.out())) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.contains("unused"));
        }
    }

    @Test
    void aMissingWebJarIsNamedWithTheThemeFile() throws IOException {
        TestSite site = site("broken").file("themes/broken/theme.yml",
                "webjars:\n  - name: nothing-here\n    files: [x.js]\n")
                .file("themes/broken/templates/post.peb", "x");

        BuildResult result = build(site, themeJar());

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).anySatisfy(m ->
                assertThat(m).contains("theme.yml").contains("no WebJar 'nothing-here'"));
    }

    @Test
    void aPatternThatMatchesNothingIsAnError() throws IOException {
        TestSite site = site("mine").file("themes/mine/theme.yml",
                "extends: paper\nwebjars:\n  - name: widget\n    from: dist\n    files: [\"*.map\"]\n");

        BuildResult result = build(site, themeJar());

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).anySatisfy(m ->
                assertThat(m).contains("no file matching '*.map'"));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }
}
