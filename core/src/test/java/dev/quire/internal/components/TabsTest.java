package dev.quire.internal.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TabsTest {

    private static final List<Tabs.Item> ITEMS = List.of(
            new Tabs.Item("apple", "Apple", false, "<p>An apple.</p>"),
            new Tabs.Item("orange", null, true, "<p>An orange &amp; more.</p>"),
            new Tabs.Item("pear", "Pear <b>", false, ""));

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void everyPanelIsShownUnderItsLabelAsAHeading() {
        Document doc = parse(Tabs.render("tabs-1", ITEMS, null));
        var panels = doc.select(".tabs > .tabs__panel");
        assertThat(panels).hasSize(3);
        assertThat(panels).allSatisfy(panel -> assertThat(panel.hasAttr("hidden")).isFalse());
        assertThat(panels.eachAttr("data-value")).containsExactly("apple", "orange", "pear");
        assertThat(doc.select(".tabs__panel > [role=heading]").eachText()).containsExactly("Apple", "orange", "Pear <b>");
        assertThat(panels.get(1).select("p").text()).isEqualTo("An orange & more.");
    }

    @Test
    void theTabListIsHiddenUntilTheScriptShowsItAndTheDefaultIsMarked() {
        Document doc = parse(Tabs.render("tabs-1", ITEMS, null));
        Element list = doc.selectFirst(".tabs > .tabs__list");
        assertThat(list.hasAttr("hidden")).isTrue();
        var tabs = list.select("button.tabs__tab");
        assertThat(tabs.eachText()).containsExactly("Apple", "orange", "Pear <b>");
        assertThat(doc.select("[role=tab], [role=tablist], [role=tabpanel], [aria-selected]")).isEmpty();
        for (Element tab : tabs) {
            Element panel = doc.getElementById(tab.attr("data-panel"));
            assertThat(panel).isNotNull();
            assertThat(panel.attr("data-value")).isEqualTo(tab.attr("data-value"));
        }
        assertThat(doc.select(".tabs__panel[data-default]").eachAttr("data-value")).containsExactly("orange");
    }

    @Test
    void theFirstTabIsTheDefaultWhenNoneIsAndTheGroupIsNamed() {
        Document doc = parse(Tabs.render("t\"2", List.of(new Tabs.Item("a", "A", false, ""),
                new Tabs.Item("b", "B", false, "")), "os \"x\""));
        assertThat(doc.selectFirst(".tabs").attr("data-group-id")).isEqualTo("os \"x\"");
        assertThat(doc.selectFirst(".tabs").id()).isEqualTo("t\"2");
        assertThat(doc.select(".tabs__panel[data-default]").eachAttr("data-value")).containsExactly("a");
        assertThat(Tabs.render("t", ITEMS, null)).doesNotContain("data-group-id");
    }

    @Test
    void refusesWhatDocusaurusRefuses() {
        assertThatThrownBy(() -> Tabs.render("t", List.of(), null)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Tabs.render("t", List.of(new Tabs.Item("a", null, false, ""),
                new Tabs.Item("a", null, false, "")), null)).hasMessageContaining("two <TabItem>s with the value \"a\"");
        assertThatThrownBy(() -> new Tabs.Item(" ", null, false, "")).hasMessageContaining("needs a value");
    }
}
