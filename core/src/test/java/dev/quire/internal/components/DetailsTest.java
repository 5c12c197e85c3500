package dev.quire.internal.components;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DetailsTest {

    @Test
    void theSummaryOpensTheContent() {
        Element details = Jsoup.parseBodyFragment(Details.render("<strong>More</strong>", "<p>Hidden.</p>", false))
                .selectFirst("details.details");
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.child(0).tagName()).isEqualTo("summary");
        assertThat(details.child(0).html()).isEqualTo("<strong>More</strong>");
        assertThat(details.selectFirst(".details__content > p").text()).isEqualTo("Hidden.");
    }

    @Test
    void withoutASummaryItIsCalledDetailsAndItMayStartOpen() {
        Element details = Jsoup.parseBodyFragment(Details.render(" ", "<p>x</p>", true)).selectFirst("details");
        assertThat(details.hasAttr("open")).isTrue();
        assertThat(details.selectFirst("summary").text()).isEqualTo("Details");
    }
}
