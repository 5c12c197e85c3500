package dev.quire.theme.pebble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template error names the template file and line, fails the build and leaves the old site. */
class BrokenTemplateTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .config("title: T\nlanguage: en\ntheme: t\n")
                .post("blog/2025-11-28-hello.md", "# Hello\n\nText.")
                .file("themes/t/templates/base.peb", "<body>\n{% block content %}{% endblock %}\n</body>")
                .file("themes/t/templates/post.peb", "{% extends 'base' %}\n{% block content %}\n{{ post.title }}\n{% endblock %}");
    }

    private static List<String> errors(BuildResult result) {
        assertThat(result.success()).isFalse();
        return TestSite.messages(result, Severity.ERROR);
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        TestSite site = site().file("templates/post.peb", "{% extends 'base' %}\n{% block content %}\n{{ post.title \n{% endblock %}");

        assertThat(errors(site.build())).anySatisfy(m ->
                assertThat(m).startsWith("templates/post.peb:").contains("template error"));
    }

    @Test
    void anErrorInAThemeTemplateNamesTheTheme() {
        TestSite site = site().file("themes/t/templates/base.peb", "<body>\n\n{% if %}\n</body>");

        assertThat(errors(site.build())).anySatisfy(m ->
                assertThat(m).startsWith("theme 't': templates/base.peb:3").contains("template error"));
    }

    @Test
    void anErrorWhileRenderingNamesTheLineAndCause() {
        TestSite site = site().file("themes/t/templates/post.peb",
                "{% extends 'base' %}\n{% block content %}\n\n{{ asset('missing.css') }}\n{% endblock %}");

        assertThat(errors(site.build())).anySatisfy(m ->
                assertThat(m).startsWith("theme 't': templates/post.peb:4").contains("the theme has no asset 'missing.css'"));
    }

    @Test
    void anIncludeOfAMissingTemplateIsNamed() {
        TestSite site = site().file("themes/t/templates/post.peb",
                "{% extends 'base' %}\n{% block content %}\n{% include 'partials/nowhere' %}\n{% endblock %}");

        assertThat(errors(site.build())).anySatisfy(m ->
                assertThat(m).startsWith("theme 't': templates/post.peb").contains("no template 'partials/nowhere'"));
    }

    @Test
    void theOutputOfTheLastGoodBuildStays() {
        TestSite site = site();
        assertThat(site.build().success()).isTrue();
        String before = site.output("blog/2025/11/28/hello/index.html");

        site.file("themes/t/templates/post.peb", "{% extends 'base' %}{% block content %}{{ 1 / }}{% endblock %}");

        assertThat(site.build().success()).isFalse();
        assertThat(site.output("blog/2025/11/28/hello/index.html")).isEqualTo(before);
    }
}
