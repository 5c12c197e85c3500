package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.Severity;
import dev.quire.model.Author;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Tag;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading rules where Quire once read a blog differently from Docusaurus's blog plugin (found by
 * {@link DocusaurusCompatibilityTest}); each test pins one rule on the smallest site that shows it.
 */
class DocusaurusLoadingRulesTest {

    @TempDir
    Path dir;

    @Test
    void anAuthorKeyWithOtherFieldsKeepsTheNameOfAuthorsYml() {
        TestSite site = TestSite.in(dir)
                .file("blog/authors.yml", "bo:\n  name: Bo Kim\n  title: Keeps the reading group going\n")
                .post("blog/2024-09-04-override.md", """
                        ---
                        authors:
                          - key: bo
                            title: Editor this week
                        ---
                        Text.
                        """);
        Author author = onlyPost(site).authors().get(0);
        assertThat(author.key()).isEqualTo("bo");
        assertThat(author.name()).isEqualTo("Bo Kim");
        assertThat(author.title()).isEqualTo("Editor this week");
    }

    @Test
    void aTagsYmlKeyWithoutALabelIsShownCapitalized() {
        TestSite site = TestSite.in(dir)
                .file("blog/tags.yml", """
                        openReview:
                        evaluation:
                          description: How models are measured
                        named:
                          label: ''
                          permalink: ''
                        """)
                .post("blog/2024-08-01-tags.md", "---\ntags: [openReview, evaluation, named]\n---\nText.\n");
        assertThat(onlyPost(site).tags()).extracting(Tag::label, Tag::permalink).containsExactly(
                tuple("Openreview", "/blog/tags/open-review"),
                tuple("Evaluation", "/blog/tags/evaluation"),
                tuple("Named", "/blog/tags/named"));
    }

    @Test
    void mathStaysInTitlesAndDescriptionsAsWritten() {
        TestSite site = TestSite.in(dir).post("blog/2024-10-23-math.md", """
                # Why $O(n^2)$ attention hurts

                The loss is $L = -\\log p$ for each token.
                """);
        Post post = onlyPost(site);
        assertThat(post.title()).isEqualTo("Why $O(n^2)$ attention hurts");
        assertThat(post.description()).isEqualTo("The loss is $L = -\\log p$ for each token.");
    }

    @Test
    void aHeadingIdIsNotPartOfTheTitle() {
        TestSite site = TestSite.in(dir).post("blog/2024-05-13-custom-id.md", "# Sparse attention, measured {#measured}\n\nText.\n");
        assertThat(onlyPost(site).title()).isEqualTo("Sparse attention, measured");
    }

    @Test
    void theDescriptionMayComeFromTheWordsOfAnHtmlBlock() {
        TestSite site = TestSite.in(dir).post("blog/2024-10-22-html.md", """
                # Starts with HTML

                <img src="./a.png" alt="no words here" />

                <p align="center">Centered
                opening words</p>

                Then a paragraph.
                """);
        assertThat(onlyPost(site).description()).isEqualTo("Centered");
    }

    @Test
    void anAdmonitionTitleIsNotTheDescription() {
        TestSite site = TestSite.in(dir)
                .post("blog/2024-10-24-note.md", "# A note\n\n:::note[Before you read]\n\nRead the appendix first.\n\n:::\n")
                .post("blog/2024-10-25-tip.mdx", "# A tip\n\n<Admonition type=\"tip\">Imports come first.</Admonition>\n");
        assertThat(load(site).posts()).extracting(Post::description)
                .containsExactlyInAnyOrder("Read the appendix first.", "Imports come first.");
    }

    @Test
    void aSlugOrTagPermalinkEndingInASlashKeepsIt() {
        TestSite site = TestSite.in(dir)
                .post("blog/2024-04-04-trailing.md", """
                        ---
                        slug: with-trailing-slash/
                        tags: [{label: Nested, permalink: /topics/nested/}, {label: Plain, permalink: plain}]
                        ---
                        Text.
                        """)
                .post("blog/2024-05-03.md", "# Only a date\n")
                .post("blog/2024-05-04-plain.md", "# Plain\n");
        assertThat(load(site).posts()).extracting(Post::source, Post::permalink, Post::url).containsExactlyInAnyOrder(
                tuple("blog/2024-04-04-trailing.md", "/blog/with-trailing-slash/", "/blog/with-trailing-slash/"),
                tuple("blog/2024-05-03.md", "/blog/2024/05/03/", "/blog/2024/05/03/"),
                tuple("blog/2024-05-04-plain.md", "/blog/2024/05/04/plain", "/blog/2024/05/04/plain/"));
        Post trailing = load(site).posts().stream().filter(p -> p.source().endsWith("trailing.md")).findFirst().orElseThrow();
        assertThat(trailing.tags()).extracting(Tag::key, Tag::permalink, Tag::url).containsExactly(
                tuple("topics/nested", "/blog/tags/topics/nested/", "/blog/tags/topics/nested/"),
                tuple("plain", "/blog/tags/plain", "/blog/tags/plain/"));
    }

    @Test
    void postsWhoseUrlsDifferOnlyByATrailingSlashStillClash() {
        TestSite site = TestSite.in(dir)
                .post("blog/2024-04-04-a.md", "---\nslug: same/\n---\nA.\n")
                .post("blog/2024-04-05-b.md", "---\nslug: same\n---\nB.\n");
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertThat(Quire.load(site.options(), new Diagnostics(diagnostics::add))).isEmpty();
        assertThat(diagnostics).extracting(Diagnostic::toString).anySatisfy(d -> assertThat(d).contains("same URL"));
    }

    @Test
    void aPostWhoseSlugIsTheBlogsAddressIsAClearError() {
        TestSite site = TestSite.in(dir)
                .post("blog/2024-04-05-root.md", "---\nslug: /\n---\nThis post claims the blog's address.\n")
                .post("blog/2024-04-06-other.md", "Another post.\n");
        assertThat(load(site).posts()).extracting(Post::permalink).contains("/blog/");
        BuildResult result = site.build();
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .startsWith("blog/2024-04-05-root.md:1")
                .contains("the URL /blog/ is also the address of the list page")
                .doesNotContain("internal error");
    }

    private static Post onlyPost(TestSite site) {
        Site loaded = load(site);
        assertThat(loaded.posts()).hasSize(1);
        return loaded.posts().get(0);
    }

    private static Site load(TestSite site) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        return Quire.load(site.options(), new Diagnostics(diagnostics::add))
                .orElseThrow(() -> new AssertionError("the site did not load: " + diagnostics));
    }
}
