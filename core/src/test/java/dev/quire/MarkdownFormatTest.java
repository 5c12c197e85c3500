package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.Severity;
import dev.quire.model.Post;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code markdown.format}: which files are read as MDX, as Docusaurus 3 decides it. */
class MarkdownFormatTest {

    private static final String POST = "blog/2025/11/28/post/index.html";

    @TempDir
    Path dir;

    private TestSite site(String format) {
        TestSite site = TestSite.in(dir);
        return format == null ? site : site.config(TestSite.DEFAULT_CONFIG + "markdown:\n  format: " + format + "\n");
    }

    @Test
    void byDefaultAMdFileIsMdxLikeInDocusaurus3() {
        TestSite site = site(null).post("blog/2025-11-28-post.md", """
                import Fig from './fig.png';
                import {Tabs} from '@theme/Tabs'

                # Post

                One {/* not shown */} two.

                <div className="box">

                **Bold** inside.

                </div>
                """);
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        String html = site.output(POST);
        assertThat(html).contains("One  two.", "<div class=\"box\">", "<strong>Bold</strong> inside.")
                .doesNotContain("import Fig", "@theme/Tabs", "not shown", "className");
    }

    @Test
    void htmlThatIsNotJsxFailsAMdxReadMdFileAtItsLineAndColumnAndSaysHowToReadItAsCommonMark() {
        TestSite site = site(null).post("blog/2025-11-28-post.md", "# Post\n\nText.\n\nA <br> break.\n");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .startsWith("blog/2025-11-28-post.md:5:1: error: Expected a closing tag for `<br>`")
                .contains("format: detect");
    }

    @Test
    void detectReadsMdAsCommonMarkAndMdxAsMdx() {
        TestSite site = site("detect")
                .post("blog/2025-11-28-post.md", """
                        # Post

                        A <br> break and {braces} <span style="color: red">kept</span>.

                        Before the cut.

                        <!--truncate-->

                        After.
                        """)
                .post("blog/2025-11-27-other.mdx", "# Other\n\nOne {/* hidden */} two.\n");
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(site.output(POST)).contains("A <br> break and {braces} <span style=\"color: red\">kept</span>.");
        assertThat(site.output("blog/2025/11/27/other/index.html")).contains("One  two.").doesNotContain("hidden");
        Post post = Quire.load(site.options(), new Diagnostics()).orElseThrow().posts().stream()
                .filter(p -> p.source().endsWith(".md")).findFirst().orElseThrow();
        assertThat(post.truncated()).isTrue();
    }

    @Test
    void mdReadsEvenMdxFilesAsCommonMark() {
        TestSite site = site("md").post("blog/2025-11-28-post.mdx", "# Post\n\nA {literal} <br> here.\n");
        assertThat(site.build().success()).isTrue();
        assertThat(site.output(POST)).contains("A {literal} <br> here.");
    }

    @Test
    void anUnknownFormatIsAConfigurationErrorNamingTheChoices() {
        TestSite site = site("markdown").post("blog/2025-11-28-post.md", "# Post\n");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .contains("quire.yml").contains("mdx, md or detect");
    }
}
