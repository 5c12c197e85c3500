package dev.quire.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vladsch.flexmark.util.ast.Document;
import dev.quire.model.Heading;
import dev.quire.model.SiteSettings.MarkdownSettings;
import dev.quire.model.TexMath;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown(List.of());

    private Markdown.Rendered render(String text) {
        return markdown.render(markdown.parse(text), true);
    }

    @Test
    void takesOnlyALeadingLevelOneHeadingAsTheTitle() {
        Document doc = markdown.parse("# 2025-11-28 papers review\n\n## 1. Paper\n\nText.\n");
        assertThat(Markdown.takeTitle(doc)).contains("2025-11-28 papers review");
        assertThat(markdown.render(doc, true).html()).doesNotContain("<h1").contains("<h2");

        Document later = markdown.parse("Intro.\n\n# Not a title\n\nText.\n");
        assertThat(Markdown.takeTitle(later)).isEmpty();
        assertThat(markdown.render(later, true).html()).as("the page shows the title once, as Docusaurus")
                .doesNotContain("<h1", "Not a title");

        Document afterBreak = markdown.parse("Intro.\n\n---\n\n# A section\n");
        assertThat(Markdown.takeTitle(afterBreak)).isEmpty();
        assertThat(markdown.render(afterBreak, true).html()).contains("<h1");
        Document afterH2 = markdown.parse("## First\n\n# A section\n");
        Markdown.takeTitle(afterH2);
        assertThat(markdown.render(afterH2, true).html()).contains("<h1");
    }

    /** Found by fuzzing: flexmark's label pattern took time exponential in the backslashes, an hour for sixty. */
    @Test
    void aBracketBeforeManyBackslashesDoesNotHang() {
        String text = "[" + "\\".repeat(200) + "a\n\n[b\\]: /x\n\n[c\\\\]: /y\n\n[c\\\\]\n";
        String html = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> render(text).html() + markdown.render(markdown.parseMdx(text.substring(0, 202)), false).html());
        assertThat(html).as("an escaped ] does not end a label; an escaped backslash before ] does")
                .contains("[b]: /x").contains("<a href=\"/y\">c\\</a>");
    }

    @Test
    void linkAddressesArePercentEncodedAsRemarkWritesThem() {
        assertThat(render("[q](<https://x.org/?q={ a } b> 'T') [k](/blog/tags/논문)\n").html())
                .contains("href=\"https://x.org/?q=%7B%20a%20%7D%20b\"", "href=\"/blog/tags/%EB%85%BC%EB%AC%B8\"");
    }

    @Test
    void anAddressWrittenWithAnEscapeIsNotLinked() {
        assertThat(render("Visit www\\.beian.gov.cn today, or www.example.org.\n").html())
                .contains("Visit www.beian.gov.cn today, or <a href=\"http://www.example.org\">www.example.org</a>.");
    }

    @Test
    void aLinkKeepsTheSpacesThatEndItsText() {
        assertThat(render("[Workarounds, Expo ](https://x.org)deploys.\n").html())
                .contains("<a href=\"https://x.org\">Workarounds, Expo </a>deploys.");
        assertThat(markdown.render(markdown.parseMdx("[Expo ](https://x.org)deploys.\n"), false).html())
                .contains(">Expo </a>deploys.");
    }

    @Test
    void theTitleIsPlainTextEvenWithMarkup() {
        Document doc = markdown.parse("# **Bold** and `code` [link](https://x.org)\n");
        assertThat(Markdown.takeTitle(doc)).contains("Bold and code link");
    }

    @Test
    void headingsGetKoreanSafeUniqueAnchorsAndALinkAfterTheText() {
        Markdown.Rendered r = render("## 1. [Video Models](https://huggingface.co/papers/2511.21541)\n\n"
                + "## 요약\n\n## 요약\n\n### Custom {#my-id}\n");
        assertThat(r.html()).contains("<h2 id=\"1-video-models\">1. <a href=\"https://huggingface.co/papers/2511.21541\">"
                + "Video Models</a><a class=\"hash-link\" href=\"#1-video-models\"");
        assertThat(r.html()).contains("id=\"요약\"").contains("id=\"요약-1\"").contains("<h3 id=\"my-id\">Custom<a");
        assertThat(r.toc()).containsExactly(new Heading(2, "1-video-models", "1. Video Models"),
                new Heading(2, "요약", "요약"), new Heading(2, "요약-1", "요약"), new Heading(3, "my-id", "Custom"));
    }

    @Test
    void keepsMathVerbatimForTheTheme() {
        Markdown.Rendered r = render("Inline $a_1 * b_2 < c$ and $5 and $10.\n\n$$\n\\frac{x_1}{y_2}\n$$\n");
        assertThat(r.html()).contains("<span class=\"math math-inline\">\\(a_1 * b_2 &lt; c\\)</span>")
                .contains("$5 and $10")
                .contains("<div class=\"math math-display\">\\[\\frac{x_1}{y_2}\\]</div>");
    }

    @Test
    void listsTheFormulasOfADocumentForPlugins() {
        Document doc = markdown.parse("Inline $a < b$ costs $5 and $$x^2$$ here.\n\n$$\n\\frac{1}{2}\n$$\n\n"
                + "```math\n\\sum_i i\n```\n\n```python\nx = 1\n```\n");
        assertThat(TexMath.in(doc)).extracting(TexMath::tex, TexMath::display).containsExactly(
                tuple("a < b", false), tuple("x^2", true), tuple("\\frac{1}{2}", true), tuple("\\sum_i i", true));

        Markdown noMath = new Markdown(new MarkdownSettings(null, false, null), List.of());
        assertThat(TexMath.in(noMath.parse("$x$\n\n```math\nx\n```\n"))).isEmpty();
        assertThat(TexMath.in(markdown.parse("No formulas, 10 dollars.\n"))).isEmpty();
    }

    @Test
    void mathInCodeStaysCode() {
        assertThat(render("`$x$` here\n").html()).contains("<code>$x$</code>").doesNotContain("math");
    }

    @Test
    void rendersGfmTablesStrikethroughTasksAutolinksAndFootnotes() {
        String html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ https://arxiv.org/abs/1706.03762\n\n"
                + "- [x] done\n\nNote.[^1]\n\n[^1]: The note.\n").html();
        assertThat(html).contains("<table>").contains("<del>old</del>")
                .contains("<a href=\"https://arxiv.org/abs/1706.03762\">")
                .contains("type=\"checkbox\"").doesNotContain("readonly")
                .contains("class=\"footnote-ref\"");
    }

    @Test
    void fencedCodeKeepsItsLanguageClassAndTitle() {
        String html = render("```python title=\"a.py\"\nprint(1)\n```\n").html();
        assertThat(html).contains("<div class=\"code-title\">a.py</div>").contains("<code class=\"language-python\">");
    }

    @Test
    void theExcerptIsTheFirstParagraphOrWhatIsAboveTheTruncateMarker() {
        assertThat(render("## Head\n\nFirst para.\n\nSecond.\n").excerpt()).isEqualTo("<p>First para.</p>");
        Markdown.Rendered cut = render("One.\n\nTwo.\n\n<!-- truncate -->\n\nThree.\n");
        assertThat(cut.excerpt()).contains("One.").contains("Two.").doesNotContain("Three.");
        assertThat(cut.html()).contains("Three.").doesNotContain("truncate");
    }

    @Test
    void theFirstLineDescribesAPostWithoutDescription() {
        assertThat(Markdown.firstLine(markdown.parse("## 1. [Title](https://x.org)\n\nText.\n"))).isEqualTo("1. Title");
        assertThat(Markdown.firstLine(markdown.parse("> **Quoted** line\n> second\n"))).isEqualTo("Quoted line");
        assertThat(Markdown.firstLine(markdown.parse("```\ncode\n```\n"))).isEmpty();
    }

    @Test
    void inlineTableOfContentsListsTheHeadings() {
        String html = Markdown.tocHtml(List.of(new Heading(2, "a", "A"), new Heading(3, "b", "B"), new Heading(2, "c", "C")));
        assertThat(html).isEqualTo("<nav class=\"toc-inline\"><ul><li><a href=\"#a\">A</a><ul><li><a href=\"#b\">B</a>"
                + "</li></ul></li><li><a href=\"#c\">C</a></li></ul></nav>");
    }

    @Test
    void aFenceTitleIsATitleBarAboveTheCode() {
        String html = render("```js title=\"src/a.js\"\nlet a = 1;\n```\n").html();
        assertThat(html).contains("<div class=\"code-block\"><div class=\"code-title\">src/a.js</div><pre>"
                + "<code class=\"language-js\">let a = 1;\n</code></pre></div>");
    }

    @Test
    void aFenceWithOnlyATitleHasNoLanguage() {
        assertThat(render("```title=\"notes.txt\"\nplain\n```\n").html())
                .contains("<div class=\"code-title\">notes.txt</div><pre><code>plain\n</code></pre>");
    }

    @Test
    void metaRangesHighlightLinesBehindTheCode() {
        String html = render("```python {1,3-4}\na\nb\nc\nd\ne\n```\n").html();
        assertThat(html).contains("<pre><span class=\"code-lines\" aria-hidden=\"true\">"
                + "<span class=\"code-line code-line--highlighted\"></span><span class=\"code-line\"></span>"
                + "<span class=\"code-line code-line--highlighted\"></span><span class=\"code-line code-line--highlighted\"></span>"
                + "<span class=\"code-line\"></span></span><code class=\"language-python\">a\nb\nc\nd\ne\n</code></pre>");
    }

    @Test
    void magicCommentsHighlightLinesAndLeaveTheCode() {
        String html = render("```js\n// highlight-next-line\nconst a = 1;\nconst b = 2;\n/* highlight-start */\n"
                + "f();\ng();\n// highlight-end\n```\n").html();
        assertThat(html).doesNotContain("highlight-")
                .contains("<code class=\"language-js\">const a = 1;\nconst b = 2;\nf();\ng();\n</code>")
                .contains("<span class=\"code-line code-line--highlighted\"></span><span class=\"code-line\"></span>"
                        + "<span class=\"code-line code-line--highlighted\"></span><span class=\"code-line code-line--highlighted\"></span></span>");
    }

    @Test
    void magicCommentsFollowTheLanguagesCommentSyntax() {
        String python = render("```python\n# highlight-next-line\nx = 1\n// highlight-next-line\n```\n").html();
        assertThat(python).contains(">x = 1\n// highlight-next-line\n</code>").contains("code-line--highlighted");
        String html = render("```html\n<!-- highlight-next-line -->\n<p>Hi</p>\n```\n").html();
        assertThat(html).contains(">&lt;p&gt;Hi&lt;/p&gt;\n</code>").contains("code-line--highlighted");
        String js = render("```js\n# highlight-next-line\nx\n```\n").html();
        assertThat(js).contains("# highlight-next-line").doesNotContain("code-line");
    }

    @Test
    void showLineNumbersCountsFromOneOrTheGivenNumber() {
        assertThat(render("```bash showLineNumbers\nls\n```\n").html())
                .contains("<pre class=\"code-block--numbered\" style=\"counter-reset: code-line 0\"><span class=\"code-lines\"");
        assertThat(render("```bash showLineNumbers=10\nls\n```\n").html()).contains("counter-reset: code-line 9\"");
        assertThat(render("```bash\nls\n```\n").html()).isEqualTo("<pre><code class=\"language-bash\">ls\n</code></pre>\n");
    }

    @Test
    void emojiShortcodesBecomeUnicodeInTextOnly() {
        String html = render("Done :tada: and :+1: but `:tada:` stays, as does :no-such-emoji:.\n\n```\n:tada:\n```\n").html();
        assertThat(html).contains("Done \uD83C\uDF89 and \uD83D\uDC4D but <code>:tada:</code> stays, as does :no-such-emoji:.")
                .contains("<code>:tada:\n</code>").doesNotContain("<img");
    }

    @Test
    void anEmojiInAHeadingIsTheEmojiInItsPlainText() {
        Markdown.Rendered r = render("## Done :tada:\n\n## Odd :no-such-emoji:\n");
        assertThat(r.toc()).extracting(Heading::text).containsExactly("Done \uD83C\uDF89", "Odd :no-such-emoji:");
    }

    @Test
    void singleAndDoubleTildesStrikeThrough() {
        assertThat(render("~one~ and ~~two~~\n").html()).contains("<p><del>one</del> and <del>two</del></p>");
    }

    @Test
    void aTableWhoseFirstHeaderCellIsEmptyIsATable() {
        String html = render("| | a | b |\n|-|-|:-:|\n| x | 1 | 2 |\n\n|| c |\n|--|--|\n| y | 3 |\n").html();
        assertThat(html).containsPattern("<th>\\s?</th><th>a</th><th align=\"center\">b</th>").contains("<td>x</td>")
                .contains("<th></th><th>c</th>").contains("<td>y</td>").doesNotContain("<p>|");
    }

    @Test
    void withMathOffDollarsAreText() {
        Markdown noMath = new Markdown(new MarkdownSettings(null, false, null), List.of());
        String html = noMath.render(noMath.parse("Run `cd` then $(pwd) and $x$.\n\n$$\na\n$$\n"), false).html();
        assertThat(html).contains("$(pwd) and $x$.").doesNotContain("class=\"math");
    }

    @Test
    void mermaidFencesAreDiagramsOnlyWhenTheSiteHasThemOn() {
        String fence = "```mermaid\ngraph LR\n  A --> B\n```\n";
        assertThat(render(fence).html()).isEqualTo("<pre><code class=\"language-mermaid\">graph LR\n  A --&gt; B\n</code></pre>\n");
        Markdown diagrams = new Markdown(new MarkdownSettings(null, null, true), List.of());
        assertThat(diagrams.render(diagrams.parse(fence), false).html())
                .isEqualTo("<pre class=\"mermaid\">graph LR\n  A --&gt; B</pre>\n");
    }
}
