package dev.quire.theme.pebble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.model.SiteSettings;
import dev.quire.testing.TestSite;
import dev.quire.theme.Theme;
import dev.quire.theme.ThemeContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class I18nTest {

    private static final String POST = "blog/2025/11/28/hello/index.html";

    @TempDir
    Path dir;

    private TestSite site(String language) {
        return TestSite.in(dir)
                .config("title: T\nlanguage: " + language + "\ntheme: t\n")
                .post("blog/2025-11-28-hello.md", "# Hello\n\nText.")
                .file("themes/t/templates/post.peb",
                        "{{ t('read_more') }}|{{ t('only_english') }}|{{ t('posts', 1) }}|{{ t('posts', 3) }}|{{ t('nav.home') }}|{{ t('missing') }}")
                .file("themes/t/i18n/en.yml", "read_more: Read more\nonly_english: English only\n"
                        + "posts:\n  one: \"{n} post\"\n  other: \"{n} posts\"\nnav:\n  home: Home\n")
                .file("themes/t/i18n/ko.yml", "read_more: 더 읽기\nposts: \"글 {n}개\"\nnav:\n  home: 홈\n");
    }

    @Test
    void stringsComeInTheSitesLanguageWithEnglishForWhatIsMissing() {
        TestSite site = site("ko");

        assertThat(site.build().success()).isTrue();

        assertThat(site.output(POST)).isEqualTo("더 읽기|English only|글 1개|글 3개|홈|missing");
    }

    @Test
    void pluginsGetTheSameWordsAndNullForWordsTheThemeLacks() {
        TestSite site = site("ko");
        SiteSettings korean = new SiteSettings("T", null, null, null, null, "ko", "t", null, null, null);

        Theme theme = new PebbleThemeEngine().load(new ThemeContext(site.root(), korean, getClass().getClassLoader()));

        assertThat(theme.text("read_more", null)).isEqualTo("더 읽기");
        assertThat(theme.text("only_english", null)).isEqualTo("English only");
        assertThat(theme.text("posts", 3)).isEqualTo("글 3개");
        assertThat(theme.text("missing", null)).as("a plugin falls back on words of its own").isNull();
    }

    @Test
    void englishPicksThePluralForm() {
        TestSite site = site("en");

        assertThat(site.build().success()).isTrue();

        assertThat(site.output(POST)).isEqualTo("Read more|English only|1 post|3 posts|Home|missing");
    }

    @Test
    void aRegionalTagUsesItsLanguage() {
        TestSite site = site("ko-KR");

        assertThat(site.build().success()).isTrue();

        assertThat(site.output(POST)).startsWith("더 읽기|");
    }

    @Test
    void aThemeExtendingAnotherReplacesSomeOfItsStrings() {
        TestSite site = site("ko").config("title: T\nlanguage: ko\ntheme: child\n")
                .file("themes/child/theme.yml", "extends: t\n")
                .file("themes/child/i18n/ko.yml", "read_more: 계속 읽기\n");

        assertThat(site.build().success()).isTrue();

        assertThat(site.output(POST)).startsWith("계속 읽기|English only|글 1개");
    }

    @Test
    void chineseAndPortugueseTagsFallBackToTheFormMostReadersUse() {
        assertThat(Strings.files("zh-CN")).containsExactly("en", "zh", "zh-Hans", "zh-CN");
        assertThat(Strings.files("zh")).containsExactly("en", "zh", "zh-Hans");
        assertThat(Strings.files("zh-TW")).containsExactly("en", "zh", "zh-Hant", "zh-TW");
        assertThat(Strings.files("zh-hant")).containsExactly("en", "zh", "zh-Hant");
        assertThat(Strings.files("zh-Hans")).containsExactly("en", "zh", "zh-Hans");
        assertThat(Strings.files("pt")).containsExactly("en", "pt", "pt-BR");
        assertThat(Strings.files("pt_br")).containsExactly("en", "pt", "pt-BR");
        assertThat(Strings.files("ko-KR")).containsExactly("en", "ko", "ko-KR");
        assertThat(Strings.files("en")).containsExactly("en");
    }

    @Test
    void aTagInLowerCaseFindsItsFile() {
        TestSite site = site("zh-cn").file("themes/t/i18n/zh-Hans.yml", "read_more: 阅读更多\n");

        assertThat(site.build().success()).isTrue();

        assertThat(site.output(POST)).startsWith("阅读更多|English only|");
    }
}
