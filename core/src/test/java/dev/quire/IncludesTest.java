package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What MDX imports bring in from other files: partials, and the code of {@code <CodeBlock>}. */
class IncludesTest {

    private static final String POST = "blog/2025/11/28/post/index.html";

    @TempDir
    Path dir;

    private TestSite site(String post) {
        return TestSite.in(dir).post("blog/2025-11-28-post.mdx", post);
    }

    private static String html(TestSite site) {
        String page = site.output(POST);
        return page.substring(page.indexOf("html:"));
    }

    @Test
    void aPartialUsedAsAComponentIsReplacedByItsContentItsOwnPartialsIncluded() {
        TestSite site = site("""
                import Intro from './_intro.mdx';

                # Post

                <Intro />

                After.
                """)
                .file("blog/_intro.mdx", "---\nnote: partials may have front matter\n---\nimport Inner from './_inner.md';\n\n"
                        + "Shared **intro**.\n\n<Inner />\n")
                .file("blog/_inner.md", ":::tip\n\nFrom the inner partial.\n\n:::\n");
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(html(site)).contains("<p>Shared <strong>intro</strong>.</p>", "admonition-tip",
                        "<p>From the inner partial.</p>", "<p>After.</p>")
                .doesNotContain("Intro", "Inner", "front matter");
        assertThat(site.hasOutput("blog/_intro/index.html")).as("a partial is not a post").isFalse();
    }

    @Test
    void aPartialThatIncludesItselfIsAWarningNotALoop() {
        TestSite site = site("import Loop from './_loop.mdx';\n\n# Post\n\n<Loop />\n")
                .file("blog/_loop.mdx", "import Loop from './_loop.mdx';\n\nOnce.\n\n<Loop />\n");
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(html(site)).containsOnlyOnce("<p>Once.</p>");
        assertThat(TestSite.messages(result, Severity.WARNING)).singleElement().asString().contains("includes itself");
    }

    @Test
    void codeBlockShowsARawImportAStringOrItsText() {
        TestSite site = site("""
                import CodeBlock from '@theme/CodeBlock';
                import Train from '!!raw-loader!./code/train.py';

                # Post

                <CodeBlock language="python" title="train.py" showLineNumbers>{Train}</CodeBlock>

                <CodeBlock language="js">{`const a = 1 < 2;`}</CodeBlock>
                """)
                .file("blog/code/train.py", "def train():\n    return 1 < 2\n");
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        assertThat(html(site)).contains("train.py", "language-python", "def train():", "    return 1 &lt; 2",
                "language-js", "const a = 1 &lt; 2;").doesNotContain("{Train}", "CodeBlock");
    }

    @Test
    void anMdxCodeBlockFenceIsMdxToShow() {
        TestSite site = site("import Tabs from '@theme/Tabs';\n\n# Post\n\n````mdx-code-block\n<details>\n<summary>More</summary>\n\n"
                + "Hidden **text**.\n\n</details>\n````\n\n```mdx\n<Kept />\n```\n");
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(html(site)).contains("<summary>More</summary>", "<p>Hidden <strong>text</strong>.</p>", "&lt;Kept /&gt;")
                .doesNotContain("mdx-code-block");
    }

    @Test
    void anImportFromOutsideTheSiteIsNeverRead() {
        TestSite site = site("import Secret from '!!raw-loader!../../outside.txt';\n\n# Post\n\n"
                + "<CodeBlock>{Secret}</CodeBlock>\n")
                .file("../outside.txt", "secret");
        BuildResult result = site.build();
        assertThat(result.success()).isTrue();
        assertThat(html(site)).doesNotContain("secret");
        assertThat(TestSite.messages(result, Severity.WARNING)).anySatisfy(m -> assertThat(m)
                .contains("blog/2025-11-28-post.mdx:1:").contains("is not a file of the site"));
    }

    @Test
    void editingAPartialRebuildsThePostsThatUseIt() {
        TestSite site = site("import Intro from '@site/src/partials/intro.mdx';\n\n# Post\n\n<Intro />\n")
                .file("src/partials/intro.mdx", "Version one.\n")
                // Plugins that read nothing else: renders are reused, so only the cache can tell the post changed.
                .config(TestSite.DEFAULT_CONFIG + "probe:\n  reads-nothing-else: true\n")
                .age(Duration.ofHours(2));
        assertThat(site.build().success()).isTrue();
        assertThat(html(site)).contains("Version one.");

        site.file("src/partials/intro.mdx", "Version two.\n").age(Duration.ofHours(1));
        BuildResult rebuilt = site.build();
        assertThat(rebuilt.upToDate()).isFalse();
        assertThat(html(site)).contains("Version two.").doesNotContain("Version one.");

        BuildSession session = site.session();
        assertThat(session.build(d -> { }).success()).isTrue();
        site.file("src/partials/intro.mdx", "Version three.\n");
        assertThat(session.build(d -> { }).success()).isTrue();
        assertThat(html(site)).contains("Version three.");
    }
}
