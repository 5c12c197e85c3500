package dev.quire.plugin.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void dropsWhatXmlForbidsAndKeepsEverythingElse() {
        assertThat(XmlText.clean("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg")).isEqualTo("abcdefg");
        assertThat(XmlText.clean("x\uFFFEy\uFFFFz")).isEqualTo("xyz");
        assertThat(XmlText.clean("lone \uD800 surrogate \uDC00 halves")).isEqualTo("lone  surrogate  halves");
    }

    @Test
    void keepsTabsLineBreaksKoreanMarkupAndAstralCharacters() {
        String text = "탭\t줄\n바꿈\r <b>&amp;</b> 😀 \uE000";
        assertThat(XmlText.clean(text)).isSameAs(text);
        assertThat(XmlText.clean(null)).isNull();
    }
}
