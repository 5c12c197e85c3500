package dev.quire.internal.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbedLinkTest {

    @Test
    void linksToTheAddressAPropNames() {
        assertThat(EmbedLink.forComponent("Tweet", Map.of("url", "https://x.com/a/status/1?s=20&t=2")))
                .contains("<a class=\"embed-link\" href=\"https://x.com/a/status/1?s=20&amp;t=2\">"
                        + "https://x.com/a/status/1?s=20&amp;t=2</a>");
        assertThat(EmbedLink.forComponent("Embed", Map.of("src", "https://example.org/v", "title", "A <talk>")))
                .contains("<a class=\"embed-link\" href=\"https://example.org/v\">A &lt;talk&gt;</a>");
    }

    @Test
    void buildsTheAddressOfAVideoOrAPostFromItsId() {
        assertThat(EmbedLink.forComponent("YouTube", Map.of("id", "dQw4w9WgXcQ")))
                .hasValueSatisfying(html -> assertThat(html).contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\""));
        assertThat(EmbedLink.forComponent("LiteYouTubeEmbed", Map.of("videoId", "abc")))
                .hasValueSatisfying(html -> assertThat(html).contains("watch?v=abc\""));
        assertThat(EmbedLink.forComponent("Tweet", Map.of("tweetId", "1234")))
                .hasValueSatisfying(html -> assertThat(html).contains("href=\"https://twitter.com/i/status/1234\""));
    }

    @Test
    void nothingThatIsNotAWebAddress() {
        assertThat(EmbedLink.forComponent("Tweet", Map.of("url", "javascript:alert(1)"))).isEmpty();
        assertThat(EmbedLink.forComponent("YouTube", Map.of("id", "\"><script>"))).isEmpty();
        assertThat(EmbedLink.forComponent("Chart", Map.of("id", "42"))).isEmpty();
        assertThatThrownBy(() -> EmbedLink.render("/local/path", null)).hasMessageContaining("not a web address");
    }
}
