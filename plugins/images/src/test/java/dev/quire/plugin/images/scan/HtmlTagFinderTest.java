package dev.quire.plugin.images.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTagFinderTest {

    private static List<HtmlTag> find(String html) {
        return HtmlTagFinder.find(html, offset -> 10 + (int) html.substring(0, offset).chars().filter(c -> c == '\n').count());
    }

    @Test
    void findsLinkingTagsWithTheirExactPlaceAndLine() {
        String html = "<div class=\"x\">\n  <img src=\"./a.png\" alt='A &amp; B'/>\n<a href=\"./p.pdf\">paper</a></div>";
        List<HtmlTag> tags = find(html);
        assertThat(tags).hasSize(2);
        HtmlTag img = tags.get(0);
        assertThat(html.substring(img.start(), img.end())).isEqualTo("<img src=\"./a.png\" alt='A &amp; B'/>");
        assertThat(img.selfClosing()).isTrue();
        assertThat(img.attributes().get("alt")).isEqualTo("A & B");
        assertThat(img.references()).containsEntry("src", new Reference("./a.png", Use.IMAGE, 11, true));
        HtmlTag link = tags.get(1);
        assertThat(html.substring(link.start(), link.end())).isEqualTo("<a href=\"./p.pdf\">");
        assertThat(link.selfClosing()).isFalse();
        assertThat(link.references()).containsEntry("href", new Reference("./p.pdf", Use.FILE, 12, true));
    }

    @Test
    void findsTheMediaOfVideoAndAudio() {
        List<HtmlTag> tags = find("<video poster=\"./still.jpg\" controls><source src=\"./clip.mp4\" type=\"video/mp4\">"
                + "<track src=\"./en.vtt\"></video><audio src=\"./talk.mp3\"></audio>");
        assertThat(tags).flatExtracting(t -> t.references().values()).containsExactly(
                new Reference("./still.jpg", Use.IMAGE, 10, true), new Reference("./clip.mp4", Use.FILE, 10, true),
                new Reference("./en.vtt", Use.FILE, 10, true), new Reference("./talk.mp3", Use.FILE, 10, true));
    }

    @Test
    void ignoresCommentsScriptsAndTagsThatLinkNothing() {
        assertThat(find("<!-- <img src=\"./old.png\"> --><script>let s = '<img src=\"./x.png\">';</script><span>x</span>"))
                .isEmpty();
        assertThat(find("<a name=\"anchor\">here</a>")).isEmpty();
    }

    @Test
    void keepsAnImageWithoutSourceSoItStillCountsAsAPicture() {
        List<HtmlTag> tags = find("<img alt=\"placeholder\">");
        assertThat(tags).singleElement().satisfies(t -> {
            assertThat(t.isImage()).isTrue();
            assertThat(t.references()).isEmpty();
        });
    }

    @Test
    void aLoneClosingTagOrTextHasNoTags() {
        assertThat(find("</a>")).isEmpty();
        assertThat(find("no html at all")).isEmpty();
    }
}
