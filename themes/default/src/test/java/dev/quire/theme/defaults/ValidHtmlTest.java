package dev.quire.theme.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.internal.components.Details;
import dev.quire.internal.components.EmbedLink;
import dev.quire.internal.components.Tabs;
import dev.quire.testing.HtmlValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page the default theme makes passes the W3C Nu Html Checker without errors. */
class ValidHtmlTest {

    /** The example site of the repository, from this module's folder. */
    private static final Path EXAMPLE = Path.of("../../examples/papers-blog");

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheTestSiteIsValid() throws Exception {
        assertValid(BuiltSite.build(BuiltSite.testSite(), dir));
    }

    @Test
    void everyPageOfTheExampleSiteIsValid() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(EXAMPLE.resolve("quire.yml")), "no examples/papers-blog in this checkout");
        assertValid(BuiltSite.build(EXAMPLE, dir, false));
    }

    @Test
    void theMarkupOfTheMdxComponentsIsValid() throws Exception {
        String body = Tabs.render("tabs-1", List.of(new Tabs.Item("mac", "macOS", false, "<p>brew</p>"),
                new Tabs.Item("linux", "Linux", true, "<pre><code>apt</code></pre>")), "os")
                + Details.render("More", "<p>Text.</p>", true)
                + EmbedLink.forComponent("YouTube", Map.of("id", "abc")).orElseThrow();
        Path page = dir.resolve("components.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><main>"
                + body + "</main></body></html>");
        assertThat(new HtmlValidator().errors(page.toFile())).isEmpty();
    }

    @Test
    void theCheckerFindsErrors() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><ul><div>not a list item</div></ul><input type=\"checkbox\" readonly></body></html>");

        assertThat(new HtmlValidator().errors(bad.toFile())).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("readonly"));
    }

    private static void assertValid(BuiltSite site) throws Exception {
        HtmlValidator validator = new HtmlValidator();
        List<String> problems = new ArrayList<>();
        List<String> pages = site.pages();
        for (String page : pages) {
            validator.errors(site.out().resolve(page).toFile()).forEach(e -> problems.add(page + ":" + e));
        }
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(problems).isEmpty();
    }
}
