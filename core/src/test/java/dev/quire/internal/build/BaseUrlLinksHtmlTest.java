package dev.quire.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseUrlLinksHtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<img src=\"/a.png\" data-x=\"1\">                  | <img src=\"/site/a.png\" data-x=\"1\">",
        "<a src=\"/a\" href=\"/b\">                         | <a src=\"/site/a\" href=\"/site/b\">",
        "<a href='/b'>x</a><a href=/c>y</a>                 | <a href='/site/b'>x</a><a href=/site/c>y</a>",
        "<a href=\"/site/b\">                               | <a href=\"/site/b\">",
        "<a href=\"//host/b\">                              | <a href=\"//host/b\">",
        "<a href=\"&#47;b\">                                | <a href=\"&#47;b\">",
        "<a title=\"/b\">                                   | <a title=\"/b\">",
        "<!-- <a href=\"/b\"> -->                           | <!-- <a href=\"/b\"> -->",
    })
    void insertsTheBaseUrlBeforeAbsoluteHrefAndSrcOnly(String html, String expected) {
        assertThat(BaseUrlLinks.prefixHtml(html, "/site/")).isEqualTo(expected);
    }
}
