package dev.quire.plugin.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.HtmlValidator;
import dev.quire.testing.TestSite;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MathPluginTest {

    private static final String POST = "blog/2025-11-28-math.md";
    private static final String PAGE = "blog/2025/11/28/math/index.html";
    private static final String TEXT = """
            # Math

            Attention is $\\operatorname{softmax}(QK^\\top / \\sqrt{d_k})V$; a GPU costs $5 and $10, or \\$20.
            Inside a paragraph, $$\\sum_{i=1}^{n} x_i$$ stands on its own line.

            $$
            \\mathcal{L} = -\\log p_\\theta(x)
            $$

            ```math
            \\begin{aligned} a &= b \\\\ c &= d \\end{aligned}
            ```
            """;

    @TempDir
    Path dir;

    @Test
    void typesetsFormulasAndThePageLoadsOnlyKatexStyles() {
        TestSite site = TestSite.in(dir).post(POST, TEXT);

        BuildResult result = site.build();

        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        String html = site.output(PAGE);
        assertThat(html).contains("<p>Attention is <span class=\"katex\"><span class=\"katex-mathml\">"
                        + "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><mi mathvariant=\"normal\">softmax</mi>")
                .contains("<annotation encoding=\"application/x-tex\">\\operatorname{softmax}(QK^\\top / \\sqrt{d_k})V</annotation>")
                .contains("a GPU costs $5 and $10, or $20.")
                .contains("Inside a paragraph, <span class=\"math-block\"><span class=\"katex-display\"><span class=\"katex\">"
                        + "<span class=\"katex-mathml\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"
                        + "<semantics><mrow><munderover><mo>∑</mo>")
                .contains("<div class=\"math-block\"><span class=\"katex-display\"><span class=\"katex\"><span class=\"katex-mathml\">"
                        + "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics><mrow><mi mathvariant=\"script\">L</mi>")
                .contains("<annotation encoding=\"application/x-tex\">\\begin{aligned} a &amp;= b \\\\ c &amp;= d \\end{aligned}"
                        + "</annotation>")
                .containsPattern("<link rel=\"stylesheet\" href=\"/assets/katex/katex-swap\\.min\\.[0-9a-f]{8}\\.css\">")
                .doesNotContain("class=\"math ", "\\(", "katex.min.");
    }

    @Test
    void showsTexItCannotReadAsCodeAndSaysWhere() {
        TestSite site = TestSite.in(dir).post(POST, "# Broken\n\nFine $x$ here.\n\nBroken $a < \\frac{b & c$ here.\n\n"
                + "$$\n\\left( x\n$$\n");

        BuildResult result = site.build();

        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.WARNING)).containsExactly(
                POST + ":5: warning: cannot typeset $a < \\frac{b & c$: Unexpected end of input in a macro argument, "
                        + "expected '}' (at character 16)",
                POST + ":7: warning: cannot typeset $$\\left( x$$: Expected '\\right', got 'EOF' (at character 9)");
        assertThat(site.output("blog/2025/11/28/math/index.html"))
                .contains("Broken <code class=\"math-error\">a &lt; \\frac{b &amp; c</code> here.")
                .contains("<div class=\"math-block\"><code class=\"math-error\">\\left( x</code></div>")
                .contains("Fine <span class=\"katex\">").doesNotContain("class=\"math ", "katex.min.");
        assertThat(site.build(options -> options.withStrict(true)).success()).as("an error under --strict").isFalse();
    }

    @Test
    void turnedOffTheThemeTypesetsInTheBrowserAsBefore() {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "math:\n  enabled: false\n").post(POST, TEXT);

        site.build();

        String html = site.output(PAGE);
        assertThat(html).contains("<span class=\"math math-inline\">\\(\\operatorname{softmax}")
                .containsPattern("<script src=\"/assets/katex/katex\\.min\\.[0-9a-f]{8}\\.js\" defer>")
                .containsPattern("<link rel=\"stylesheet\" href=\"/assets/katex/katex-swap\\.min\\.[0-9a-f]{8}\\.css\">")
                .doesNotContain("<math", "class=\"katex");
    }

    @Test
    void pagesWithMathMlAreValidHtml() throws Exception {
        TestSite site = TestSite.in(dir).post(POST, TEXT + "\nAnd $\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$, "
                + "$\\mathbb{R}^n$, $\\text{손실}$, $\\frac{$.\n");
        site.build();

        List<String> errors = new HtmlValidator().errors(site.out().resolve(PAGE).toFile());

        // The search plugin, which the theme's search button points at, is not on this class path.
        assertThat(errors).filteredOn(error -> !error.contains("quire-search")).isEmpty();
    }

    @Test
    void buildsAreTheSameByteForByte() {
        TestSite first = TestSite.in(dir.resolve("first")).post(POST, TEXT);
        TestSite second = TestSite.in(dir.resolve("second")).post(POST, TEXT);

        first.build();
        second.build();

        assertThat(first.output(PAGE)).isEqualTo(second.output(PAGE));
    }

    /**
     * Builds with the class path of this test but Rhino: a site without math builds as if Rhino were
     * there, since nothing loads it; a site with math warns and leaves its formulas to the browser.
     */
    @Test
    void rhinoIsLoadedOnlyForFormulas() throws Exception {
        URL[] withoutRhino = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("rhino")).map(MathPluginTest::url).toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(withoutRhino, ClassLoader.getPlatformClassLoader())) {
            Class<?> testSite = loader.loadClass(TestSite.class.getName());
            Method in = testSite.getMethod("in", Path.class);
            Method post = testSite.getMethod("post", String.class, String.class);
            Method build = testSite.getMethod("build");
            Method messages = testSite.getMethod("messages", loader.loadClass(BuildResult.class.getName()),
                    loader.loadClass(Severity.class.getName()));
            Object warning = loader.loadClass(Severity.class.getName()).getField("WARNING").get(null);

            Object plain = post.invoke(in.invoke(null, dir.resolve("plain")), POST, "# Plain\n\nNo formulas, $5.\n");
            Object plainResult = build.invoke(plain);
            assertThat((List<?>) messages.invoke(null, plainResult, warning)).isEmpty();
            assertThat(dir.resolve("plain/out/" + PAGE)).content().contains("No formulas, $5.");

            Object math = post.invoke(in.invoke(null, dir.resolve("math")), POST, TEXT);
            Object mathResult = build.invoke(math);
            assertThat((List<?>) messages.invoke(null, mathResult, warning)).singleElement().asString()
                    .startsWith(POST + ":3: warning: KaTeX could not be started (org.mozilla.javascript.")
                    .endsWith("); formulas are left for the browser to typeset");
            assertThat(dir.resolve("math/out/" + PAGE)).content().contains("<span class=\"math math-inline\">")
                    .contains("katex.min.");
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
