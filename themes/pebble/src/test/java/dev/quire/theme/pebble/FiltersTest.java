package dev.quire.theme.pebble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every function and filter, through a template the way themes use them. */
class FiltersTest {

    private static final String POST = "blog/2025/11/28/hello/index.html";

    @TempDir
    Path dir;

    private String render(String config, String template) {
        TestSite site = TestSite.in(dir)
                .config(config + "theme: t\n")
                .post("blog/2025-11-28-hello.md", "---\ntitle: Hello <World>\ntags: [a]\n---\n"
                        + "Reward feedback learning은 human preference에 큰 도움이 됨. **Bold** & more.\n")
                .file("themes/t/templates/post.peb", template)
                .file("themes/t/assets/quire.css", "body{}");
        BuildResult result = site.build();
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(result.success()).isTrue();
        return site.output(POST);
    }

    private String render(String template) {
        return render("title: T\nurl: https://papers.example.org\nbase-url: /base/\nlanguage: ko\n", template);
    }

    @Test
    void longDateWritesTheDateInTheSitesLanguage() {
        assertThat(render("{{ post.date | longDate }}")).isEqualTo("2025년 11월 28일");
        assertThat(render("title: T\nlanguage: en\n", "{{ post.date | longDate }}")).isEqualTo("November 28, 2025");
        assertThat(render("title: T\nlanguage: de\n", "{{ post.day | longDate }}")).isEqualTo("28. November 2025");
    }

    @Test
    void readingTimeCountsKoreanCharactersAndEnglishWords() {
        assertThat(render("{{ post | readingTime }}")).isEqualTo("1");
        String korean = "가".repeat(1500);
        assertThat(render("{{ '<p>" + korean + "</p>' | readingTime }}")).isEqualTo("3");
        String english = "word ".repeat(690);
        assertThat(render("{{ '<p>" + english + "</p>' | readingTime }}")).isEqualTo("3");
    }

    @Test
    void relativeAndAbsoluteUrls() {
        assertThat(render("{{ 'papers/' | relative }} {{ '/base/x/' | relative }} {{ 'https://a.org/' | relative }}"))
                .isEqualTo("/base/papers/ /base/x/ https://a.org/");
        assertThat(render("{{ post.url | absolute }} {{ 'tags/한국어/' | absolute }}"))
                .isEqualTo("https://papers.example.org/base/blog/2025/11/28/hello/ "
                        + "https://papers.example.org/base/tags/%ED%95%9C%EA%B5%AD%EC%96%B4/");
        assertThat(render("title: T\nlanguage: en\n", "{{ 'papers/' | absolute }}")).isEqualTo("/papers/");
    }

    @Test
    void assetGivesTheFingerprintedUrl() {
        assertThat(render("{{ asset('quire.css') }}")).matches("/base/assets/quire\\.[0-9a-f]{8}\\.css");
    }

    @Test
    void excerptIsPlainTextCutAtAWord() {
        assertThat(render("{{ post.html | excerpt }}"))
                .isEqualTo("Reward feedback learning은 human preference에 큰 도움이 됨. Bold &amp; more.");
        assertThat(render("{{ post.html | excerpt(30) }}")).isEqualTo("Reward feedback learning은…");
        assertThat(render("{{ 'Hello big world' | excerpt(12) }}")).isEqualTo("Hello big…");
        assertThat(render("{{ '<p>Loss <span class=\"math math-inline\">\\(x_0\\)</span> only</p>' | excerpt }}"))
                .isEqualTo("Loss x_0 only");
        assertThat(render("{{ '가나다라마바사아자차' | excerpt(5) }}")).isEqualTo("가나다라…");
    }

    @Test
    void jsonIsSafeInsideAScriptElement() {
        String json = render("{{ {'name': post.title, 'tags': post.tags | length, 'end': '</script>'} | json }}");

        assertThat(json).isEqualTo("{\"end\":\"\\u003c/script\\u003e\",\"name\":\"Hello \\u003cWorld\\u003e\",\"tags\":1}");
    }

    @Test
    void outputIsEscapedUnlessMarkedRaw() {
        assertThat(render("{{ post.title }}|{{ post.title | raw }}")).isEqualTo("Hello &lt;World&gt;|Hello <World>");
    }

    @Test
    void templateExistsTellsWhetherAnyLayerHasTheTemplate() {
        assertThat(render("{{ templateExists('post') }} {{ templateExists('partials/paper-cards') }}"))
                .isEqualTo("true false");
    }
}
