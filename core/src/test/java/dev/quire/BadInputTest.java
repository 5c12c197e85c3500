package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of broken input: one clear error at the right file and line, and the old site kept. */
class BadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("malformed front matter", s -> s.post("blog/2025-11-28-x.md", "---\ntitle: [unclosed\n---\nBody."),
                        "blog/2025-11-28-x.md:", "invalid YAML"),
                bad("unclosed front matter", s -> s.post("blog/2025-11-28-x.md", "---\ntitle: x\n\nBody."),
                        "blog/2025-11-28-x.md:1: error: the front matter that starts here is never closed"),
                bad("tags of the wrong type", s -> s.post("blog/2025-11-28-x.md", "---\ntitle: x\ntags: 5\n---\nBody."),
                        "blog/2025-11-28-x.md:3: error: front matter 'tags' must be a list, like tags: [papers, llm] (got 5)"),
                bad("a draft flag that is not a boolean", s -> s.post("blog/2025-11-28-x.md", "---\ndraft: maybe\n---\nB."),
                        "blog/2025-11-28-x.md:2: error: front matter 'draft' must be true or false (got \"maybe\")"),
                bad("an unparseable date", s -> s.post("blog/x.md", "---\ndate: next tuesday\n---\nBody."),
                        "blog/x.md:2: error: 'date' is not a date: 'next tuesday'; write it as YYYY-MM-DD, e.g. 2025-11-28"),
                bad("an impossible date", s -> s.post("blog/x.md", "---\ndate: 2025-02-30\n---\nBody."),
                        "blog/x.md:2: error: 'date' is not a date: '2025-02-30'"),
                bad("a month that does not exist", s -> s.post("blog/x.md", "---\ndate: 2026-13-1T00:00:00Z\n---\nBody."),
                        "blog/x.md:2: error: 'date' is not a date: '2026-13-1T00:00:00Z'"),
                bad("two posts with the same permalink", s -> s
                                .post("blog/2025-11-28-same.md", "One.")
                                .post("blog/other.md", "---\nslug: /2025/11/28/same\n---\nTwo."),
                        "blog/other.md:1: error: has the same URL /blog/2025/11/28/same as blog/2025-11-28-same.md"),
                bad("a file that is not UTF-8", s -> s.file("blog/2025-11-28-x.md",
                                "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
                        "blog/2025-11-28-x.md:1: error: the file is not UTF-8 text"),
                bad("an empty file", s -> s.post("blog/2025-11-28-x.md", ""),
                        "blog/2025-11-28-x.md:1: error: the file is empty"),
                bad("an author missing from authors.yml", s -> s
                                .file("blog/authors.yml", "jiwoo:\n  name: 김지우\n")
                                .post("blog/2025-11-28-x.md", "---\nauthors: [jiwoo, nobody]\n---\nBody."),
                        "blog/2025-11-28-x.md:2: error: author 'nobody' is not in blog/authors.yml (known: jiwoo)"),
                bad("a binding that was never imported", s -> s.post("blog/2025-11-28-x.mdx", "Text.\n\n<img src={nope} />\n"),
                        "blog/2025-11-28-x.mdx:3: error: {nope} is used but never imported"),
                bad("an MDX expression that is never closed", s -> s.post("blog/2025-11-28-x.mdx",
                                "# X\n\nSome text {foo\n\nMore.\n"),
                        // Where and what the MDX compiler reports: the paragraph ends before the brace closes.
                        "blog/2025-11-28-x.mdx:3:15: error: Unexpected end of file in expression, "
                                + "expected a corresponding closing brace for `{`"),
                bad("an image whose src expression is never closed", s -> s.post("blog/2025-11-28-x.mdx",
                                "import img1 from './a.png';\n\n# X\n\n<img src={img1 />\n"),
                        "blog/2025-11-28-x.mdx:6:1: error: Unexpected end of file in expression"),
                bad("quire.yml with a value of the wrong type", s -> s.config(TestSite.DEFAULT_CONFIG
                                + "blog:\n  posts-per-page: ten\n"),
                        "quire.yml:5: error: 'blog.posts-per-page' must be a whole number"),
                bad("quire.yml with an invalid url", s -> s.config("title: x\nurl: papers.example.org\n"),
                        "quire.yml:2: error: 'url' must be an http(s) address like https://example.org"),
                bad("quire.yml that is not YAML", s -> s.config("title: x\n  url: : :\n"),
                        "quire.yml:", "invalid YAML"),
                bad("a missing quire.yml", s -> s.delete("quire.yml"), "quire.yml: error: no quire.yml in"));
    }

    private static Arguments bad(String name, Consumer<TestSite> breakIt, String... expected) {
        return Arguments.of(name, breakIt, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemAndKeepsThePreviousSite(String name, Consumer<TestSite> breakIt, String[] expected)
            throws Exception {
        TestSite site = TestSite.in(dir).post("blog/2025-11-01-fine.md", "# Fine\n\nA good post.\n");
        assertThat(site.build().success()).isTrue();
        Map<String, byte[]> before = PipelineTest.snapshot(site.out());

        breakIt.accept(site);
        BuildResult result = site.build();

        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).anySatisfy(message -> {
            assertThat(message).startsWith(expected[0]);
            for (int i = 1; i < expected.length; i++) {
                assertThat(message).contains(expected[i]);
            }
        });
        Map<String, byte[]> after = PipelineTest.snapshot(site.out());
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @org.junit.jupiter.api.Test
    void aMissingSiteFolderIsAClearError() {
        BuildResult result = Quire.build(BuildOptions.of(dir.resolve("nowhere")), d -> { });
        assertThat(result.success()).isFalse();
        assertThat(TestSite.messages(result, Severity.ERROR)).singleElement().asString()
                .isEqualTo("error: the site folder " + dir.resolve("nowhere") + " does not exist");
    }
}
