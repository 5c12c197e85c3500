package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.model.MdxImport;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Tag;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a post's file name, front matter and first heading decide its title, date, slug and permalink. */
class LoadingRulesTest {

    @TempDir
    Path dir;

    private Post only(TestSite site) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Site> loaded = Quire.load(site.options(), diagnostics);
        assertThat(loaded).as(diagnostics.all().toString()).isPresent();
        assertThat(loaded.get().posts()).hasSize(1);
        return loaded.get().posts().get(0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // file                                   | text                                                       | title                      | date       | slug                          | permalink
        "blog/2025-11-28-papers-review/index.mdx  | import a from './a.png';\\n\\n# 2025-11-28 papers review\\n\\nBody. | 2025-11-28 papers review | 2025-11-28 | /2025/11/28/papers-review | /blog/2025/11/28/papers-review",
        "blog/2025-11-28-papers-review.mdx        | # 2025-11-28 papers review\\n\\nBody.                       | 2025-11-28 papers review   | 2025-11-28 | /2025/11/28/papers-review     | /blog/2025/11/28/papers-review",
        "blog/2025/11/28/papers-review.md         | Body without title.                                          | papers-review              | 2025-11-28 | /2025/11/28/papers-review     | /blog/2025/11/28/papers-review",
        "blog/papers-review.mdx                   | # 2025-11-28 papers review\\n\\nBody.                       | 2025-11-28 papers review   | 2025-11-28 | /papers-review                | /blog/papers-review",
        "blog/daily.md                            | # 2025년 11월 28일 리뷰\\n\\nBody.                             | 2025년 11월 28일 리뷰          | 2025-11-28 | /daily                        | /blog/daily",
        "blog/2025-11-28-x.md                     | ---\\ntitle: Front title\\n---\\n# Heading title\\n\\nBody.  | Front title                | 2025-11-28 | /2025/11/28/x                 | /blog/2025/11/28/x",
        "blog/2025-11-28-x.md                     | ---\\ndate: 2024-01-02\\n---\\nBody.                        | x                          | 2024-01-02 | /2025/11/28/x                 | /blog/2025/11/28/x",
        "blog/2025-11-28-x.md                     | ---\\ndate: 2025-11-28T23:30:00-05:00\\n---\\nBody.         | x                          | 2025-11-29 | /2025/11/28/x                 | /blog/2025/11/28/x",
        "blog/2025-11-28-x.md                     | ---\\ndate: 2026-1-13T00:00:00.000Z\\n---\\nBody.       | x                          | 2026-01-13 | /2025/11/28/x                 | /blog/2025/11/28/x",
        "blog/2025-11-28-x.md                     | ---\\ndate: 2026-1-3\\n---\\nBody.                         | x                          | 2026-01-03 | /2025/11/28/x                 | /blog/2025/11/28/x",
        "blog/2025-11-28-x.md                     | ---\\ndate: 2026-01-13 23:30:00.5 -5\\n---\\nBody.       | x                          | 2026-01-14 | /2025/11/28/x                 | /blog/2025/11/28/x",
        "blog/2025-11-28-x.md                     | ---\\ndate: 2026/1/13 9:05\\n---\\nBody.                   | x                          | 2026-01-13 | /2025/11/28/x                 | /blog/2025/11/28/x",
        "blog/2025-11-28-x.md                     | ---\\nslug: my-post\\n---\\nBody.                           | x                          | 2025-11-28 | my-post                       | /blog/my-post",
        "blog/2025-11-28-x.md                     | ---\\nslug: /abs/path\\n---\\nBody.                         | x                          | 2025-11-28 | /abs/path                     | /blog/abs/path",
        "blog/2025-11-28-논문-리뷰.md                | Body.                                                        | 논문-리뷰                      | 2025-11-28 | /2025/11/28/논문-리뷰             | /blog/2025/11/28/논문-리뷰",
        "blog/series/2025-01-02-part-one.md       | # Part one\\n\\nBody.                                        | Part one                   | 2025-01-02 | /2025/01/02/series/part-one   | /blog/2025/01/02/series/part-one",
    })
    void decidesTitleDateSlugAndPermalink(String file, String text, String title, String date, String slug,
            String permalink) {
        Post post = only(TestSite.in(dir).post(file, text.replace("\\n", "\n")));
        assertThat(post.title()).isEqualTo(title);
        assertThat(post.day()).hasToString(date);
        assertThat(post.slug()).isEqualTo(slug);
        assertThat(post.permalink()).isEqualTo(permalink);
    }

    @Test
    void theBaseUrlAndRouteBasePathPrefixPermalinks() {
        TestSite site = TestSite.in(dir).config(TestSite.DEFAULT_CONFIG + "base-url: /papers/\nblog:\n  route-base-path: notes\n")
                .post("blog/2025-11-28-x.md", "Body.");
        assertThat(only(site).permalink()).isEqualTo("/papers/notes/2025/11/28/x");
    }

    @Test
    void aPostWithNoDateAnywhereUsesTheFileTimeWithAWarning() {
        TestSite site = TestSite.in(dir).post("blog/undated.md", "# No date here\n\nBody.\n");
        Diagnostics diagnostics = new Diagnostics();
        Site loaded = Quire.load(site.options(), diagnostics).orElseThrow();
        assertThat(loaded.posts()).hasSize(1);
        assertThat(diagnostics.all()).extracting(Diagnostic::toString).singleElement().asString()
                .startsWith("blog/undated.md:1: warning: no date in the front matter, the file name or the title");
    }

    @Test
    void readsTagsAuthorsAndFlagsFromFrontMatter() {
        TestSite site = TestSite.in(dir)
                .file("blog/authors.yml", "jiwoo:\n  name: 김지우\n  title: 연구자\n  image_url: /img/j.png\n")
                .post("blog/2025-11-28-x.md", """
                        ---
                        tags: [Machine Learning, 논문 리뷰, {label: LLM, permalink: /large-models}]
                        authors: [jiwoo, {name: Guest, url: https://guest.example}]
                        keywords: [a, b]
                        unlisted: true
                        hide_table_of_contents: true
                        description: Given.
                        image: ./cover.png
                        ---
                        Body.
                        <!-- truncate -->
                        More.
                        """);
        Post post = only(site);
        assertThat(post.tags()).containsExactly(
                new Tag("Machine Learning", "machine-learning", "/blog/tags/machine-learning", "/blog/tags/machine-learning/", null),
                new Tag("논문 리뷰", "논문-리뷰", "/blog/tags/논문-리뷰", "/blog/tags/논문-리뷰/", null),
                new Tag("LLM", "large-models", "/blog/tags/large-models", "/blog/tags/large-models/", null));
        assertThat(post.authors()).extracting(a -> a.name() + "|" + a.key() + "|" + a.imageUrl())
                .containsExactly("김지우|jiwoo|/img/j.png", "Guest|null|null");
        assertThat(post.keywords()).containsExactly("a", "b");
        assertThat(post.unlisted()).isTrue();
        assertThat(post.hideTableOfContents()).isTrue();
        assertThat(post.description()).isEqualTo("Given.");
        assertThat(post.image()).isEqualTo("./cover.png");
        assertThat(post.truncated()).isTrue();
    }

    @Test
    void legacyAuthorKeysStillWork() {
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-x.md",
                "---\nauthor: Old Style\nauthor_title: Editor\nauthor_url: https://old.example\n---\nBody.\n");
        assertThat(only(site).authors()).singleElement()
                .satisfies(a -> assertThat(a.name() + "|" + a.title() + "|" + a.url()).isEqualTo("Old Style|Editor|https://old.example"));
    }

    @Test
    void anMdxPostGivesItsImportsTruncationAndDescription() {
        Diagnostics diagnostics = new Diagnostics();
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-x.mdx", """
                ---
                title: X
                ---
                import fig from './fig.png';
                import Chart from '@site/src/Chart';

                <p align="center">The *first* words.</p>

                <Chart>

                Inside.

                </Chart>

                {/* truncate */}

                <Chart>Again.</Chart>
                """);
        Post post = Quire.load(site.options(), diagnostics).orElseThrow().posts().get(0);
        assertThat(post.imports()).extracting(MdxImport::binding, MdxImport::line)
                .containsExactly(tuple("fig", 4), tuple("Chart", 5));
        assertThat(post.truncated()).isTrue();
        assertThat(post.description()).isEqualTo("The first words.");
    }

    @Test
    void theDescriptionDefaultsToTheFirstLineOfText() {
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-x.mdx",
                "import a from './a.png';\n\n# Title\n\n## 1. [Paper](https://hf.co/papers/2511.21541)\n\nText.\n");
        assertThat(only(site).description()).isEqualTo("1. Paper");
    }

    @Test
    void filesAndFoldersStartingWithUnderscoreAreIgnored() {
        TestSite site = TestSite.in(dir)
                .post("blog/_partial.md", "Not a post.")
                .post("blog/_drafts/2025-01-01-x.md", "Not a post.")
                .post("blog/2025-11-28-real.md", "A post.");
        assertThat(only(site).title()).isEqualTo("real");
    }

    @Test
    void draftsAreSkippedUnlessAskedFor() {
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-d.md", "---\ndraft: true\n---\nDraft.");
        Diagnostics diagnostics = new Diagnostics();
        assertThat(Quire.load(site.options(), diagnostics).orElseThrow().posts()).isEmpty();
        List<Post> withDrafts = Quire.load(site.options().withDrafts(true), diagnostics).orElseThrow().posts();
        assertThat(withDrafts).singleElement().satisfies(p -> assertThat(p.draft()).isTrue());
    }

    @Test
    void pagesLiveAtTheirPathFromTheSiteRoot() {
        TestSite site = TestSite.in(dir).file("pages/about.md", "# 소개\n\nHello.")
                .file("pages/docs/guide.mdx", "---\ntitle: Guide\n---\nText.")
                .file("pages/moved.md", "---\nslug: /elsewhere\n---\nText.");
        Site loaded = Quire.load(site.options(), new Diagnostics()).orElseThrow();
        assertThat(loaded.pages()).extracting(p -> p.permalink() + "|" + p.title())
                .containsExactly("/about|소개", "/docs/guide|Guide", "/elsewhere|moved");
    }
}
