package dev.quire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentTextTest {

    private static Page page() {
        return new Page(new Content.Fields("pages/about.md", Path.of("pages/about.md"), "About", null, "/about",
                "/about/", Map.of(), List.of(), new int[0], null, null), false);
    }

    @Test
    void theTextLeavesOutTagsAndHeadingLinksAndDecodesEntities() {
        Page page = page();
        page.rendered("<h2 id=\"a\">Diffusion <code>x_0</code><a class=\"hash-link\" href=\"#a\" aria-label=\"x\">#</a></h2>\n"
                + "<p>확산 모델 &amp; <strong>flow</strong>\n   matching</p>", List.of());

        assertThat(page.text()).isEqualTo("Diffusion x_0 확산 모델 & flow matching");
    }

    @Test
    void theTextFollowsTheHtmlItWasMadeFrom() {
        Page page = page();
        assertThat(page.text()).isEmpty();

        page.rendered("<p>first</p>", List.of());
        assertThat(page.text()).isEqualTo("first");
        page.rendered("<p>second</p>", List.of());
        assertThat(page.text()).isEqualTo("second");
    }
}
