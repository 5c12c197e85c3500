package dev.quire.theme.pebble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLookupTest {

    private static final String POST = "blog/2025/11/28/hello/index.html";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir)
                .config(TestSite.DEFAULT_CONFIG + "theme: child\n")
                .post("blog/2025-11-28-hello.md", "# Hello\n\nBody text.")
                .file("themes/base/templates/base.peb", "<main>{% block content %}base{% endblock %}</main>"
                        + "{% include 'partials/footer' %}")
                .file("themes/base/templates/partials/footer.peb", "<footer>base footer</footer>")
                .file("themes/base/templates/post.peb", "{% extends 'base' %}{% block content %}base post: {{ post.title }}{% endblock %}")
                .file("themes/child/theme.yml", "extends: base\n")
                .file("themes/child/templates/partials/footer.peb", "<footer>child footer</footer>");
    }

    @Test
    void aThemeInheritsTheTemplatesOfTheThemeItExtends() {
        TestSite site = site();

        assertThat(site.build().success()).isTrue();

        assertThat(site.output(POST)).isEqualTo("<main>base post: Hello</main><footer>child footer</footer>");
    }

    @Test
    void theSitesTemplatesComeFirst() {
        TestSite site = site().file("templates/partials/footer.peb", "<footer>site footer</footer>");

        assertThat(site.build().success()).isTrue();

        assertThat(site.output(POST)).endsWith("<footer>site footer</footer>");
    }

    @Test
    void anOverrideCanExtendTheTemplateItReplaces() {
        TestSite site = site().file("templates/post.peb",
                "{% extends 'parent:post' %}{% block content %}[{{ parent() }}]{% endblock %}");

        assertThat(site.build().success()).isTrue();

        assertThat(site.output(POST)).startsWith("<main>[base post: Hello]</main>");
    }

    @Test
    void assetsOfAChildThemeReplaceTheParentsByName() {
        TestSite site = site()
                .file("themes/base/assets/site.css", "body{color:red}")
                .file("themes/base/assets/extra.js", "base()")
                .file("themes/child/assets/site.css", "body{color:blue}")
                .file("themes/base/templates/post.peb", "{{ asset('site.css') }} {{ asset('extra.js') }}");

        assertThat(site.build().success()).isTrue();

        String[] urls = site.output(POST).split(" ");
        assertThat(site.output(urls[0].substring(1))).isEqualTo("body{color:blue}");
        assertThat(site.output(urls[1].substring(1))).isEqualTo("base()");
        assertThat(urls[0]).matches("/assets/site\\.[0-9a-f]{8}\\.css");
    }

    @Test
    void onlyTheAssetsPagesUseArePublishedWithWhatTheirStylesheetsNeed() throws java.io.IOException {
        TestSite site = site()
                .file("themes/base/assets/used.css", "@font-face{src:url(fonts/a.woff2)}")
                .file("themes/base/assets/fonts/a.woff2", "font")
                .file("themes/base/assets/fonts/unused.woff2", "other font")
                .file("themes/base/assets/unused.js", "nobody()")
                .file("themes/base/templates/post.peb", "{{ asset('used.css') }}");

        assertThat(site.build().success()).isTrue();

        try (var files = java.nio.file.Files.walk(site.out().resolve("assets"))) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile)
                    .map(p -> site.out().resolve("assets").relativize(p).toString().replace('\\', '/')))
                    .hasSize(2)
                    .anySatisfy(p -> assertThat(p).matches("used\\.[0-9a-f]{8}\\.css"))
                    .anySatisfy(p -> assertThat(p).matches("fonts/a\\.[0-9a-f]{8}\\.woff2"));
        }
    }

    @Test
    void anUnknownThemeIsNamed() {
        TestSite site = site().config(TestSite.DEFAULT_CONFIG + "theme: nowhere\n");

        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR))
                .anySatisfy(m -> assertThat(m).startsWith("quire.yml:4: error: unknown theme 'nowhere'"));
    }

    @Test
    void aThemeNameThatIsNotOneIsRefusedAtItsLine() {
        TestSite site = site().config("title: x\ntheme: ../escape\nlanguage: en\n");

        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR))
                .anySatisfy(m -> assertThat(m).startsWith("quire.yml:2: error: '../escape' is not a theme name"));
    }

    @Test
    void themesThatExtendEachOtherInACircleAreRefused() {
        TestSite site = site().file("themes/base/theme.yml", "extends: child\n");

        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR))
                .anySatisfy(m -> assertThat(m).contains("child → base → child"));
    }
}
