package dev.quire.internal.mdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.util.ast.Document;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.markdown.Markdown;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML of MDX nodes. */
class MdxHtmlRendererTest {

    private static final Map<String, String> TITLES = Map.of("tip", "Tip", "note", "Note");
    private final Markdown markdown = new Markdown(List.of());
    private final Diagnostics diagnostics = new Diagnostics();

    private String render(String mdx) {
        Document document = markdown.parseMdx(mdx);
        MdxRendering.attach(document, "blog/post.mdx", 1, "/base/", TITLES, diagnostics);
        return markdown.render(document, false).html();
    }

    static List<List<String>> mdxAndHtml() {
        return List.of(
                List.of("import fig from './fig.png';\n\n# Title\n\n<img src={fig} alt=\"A figure\" width={400} />\n",
                        "<h1 id=\"title\">Title<a class=\"hash-link\" href=\"#title\" aria-label=\"Title\" title=\"Title\">#</a>"
                                + "</h1><img src=\"./fig.png\" alt=\"A figure\" width=\"400\" />"),
                List.of("Text with <span className=\"hl\" style={{color: 'red', marginTop: 10}}>marked</span> words.\n",
                        "<p>Text with <span class=\"hl\" style=\"color: red; margin-top: 10px\">marked</span> words.</p>"),
                List.of("<div className=\"box\">\n\nSome **bold** text.\n\n</div>\n",
                        "<div class=\"box\"><p>Some <strong>bold</strong> text.</p></div>"),
                List.of("<img src={require('./a.png').default} />\n", "<img src=\"./a.png\" />"),
                List.of("<img src={useBaseUrl('/img/x.png')} />\n", "<img src=\"/base/img/x.png\" />"),
                List.of("Before.\n\n{/* a comment */}\n\nAfter {/* inline */} here.\n", "<p>Before.</p><p>After  here.</p>"),
                List.of("Value {'literal'} there.\n", "<p>Value literal there.</p>"),
                List.of(":::tip\n\nA tip.\n\n:::\n",
                        "<div class=\"admonition admonition-tip\"><p class=\"admonition-title\">Tip</p><p>A tip.</p></div>"),
                List.of(":::note[Read this]\n\nA note.\n\n:::\n",
                        "<div class=\"admonition admonition-note\"><p class=\"admonition-title\">Read this</p><p>A note.</p></div>"),
                List.of("<Admonition type=\"tip\" title=\"Careful\">\n\nInside.\n\n</Admonition>\n",
                        "<div class=\"admonition admonition-tip\"><p class=\"admonition-title\">Careful</p><p>Inside.</p></div>"),
                List.of("<label htmlFor=\"x\">Name</label>\n", "<p><label for=\"x\">Name</label></p>"),
                List.of("A <br /> break.\n", "<p>A <br /> break.</p>"));
    }

    @ParameterizedTest
    @MethodSource("mdxAndHtml")
    void rendersMdxAsHtml(List<String> mdxAndHtml) {
        assertThat(render(mdxAndHtml.get(0))).isEqualToIgnoringWhitespace(mdxAndHtml.get(1));
    }

    @Test
    void aSummaryKeepsTheSpacesBetweenItsElements() {
        assertThat(render("<details>\n<summary>From <em><code>a</code></em> to <em>b</em> and c</summary>\n\nBody.\n\n</details>\n"))
                .contains("<summary>From <em><code>a</code></em> to <em>b</em> and c</summary>");
    }

    @Test
    void anEmbedWithoutChildrenBecomesALinkToWhatItShows() {
        String html = render("import YouTube from 'react-youtube';\n\n<YouTube videoId=\"dQw4w9WgXcQ\" />\n\n"
                + "Watch <Tweet id=\"1234\" /> now.\n");
        assertThat(html).contains("<p><a class=\"embed-link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">",
                "Watch <a class=\"embed-link\" href=\"https://twitter.com/i/status/1234\">");
        assertThat(diagnostics.all()).hasSize(2);
    }

    @Test
    void keepsTheChildrenOfUnknownComponentsAndWarnsOncePerComponent() {
        String html = render("<Figure>\n\nOne.\n\n</Figure>\n\n<Figure>\n\nTwo.\n\n</Figure>\n\nA <Badge>b</Badge>.\n");
        assertThat(html).contains("<p>One.</p>", "<p>Two.</p>", "A b.").doesNotContain("Figure", "Badge");
        assertThat(diagnostics.all()).extracting(Diagnostic::message)
                .filteredOn(m -> m.contains("cannot run outside React")).hasSize(2);
        assertThat(diagnostics.all()).extracting(Diagnostic::line).containsExactly(1, 13);
    }

    @Test
    void writesBooleanAttributesWithoutAValueAndLeavesFalseOnesOut() {
        // The line-based step left a tag with {true} in flow as text.
        assertThat(render("<video controls autoPlay={true} muted={false} src=\"/v.mp4\"></video>\n"))
                .isEqualToIgnoringWhitespace("<video controls autoplay src=\"/v.mp4\"></video>");
    }

    @Test
    void htmlElementsBecomeHtmlNodesThatReadersOfTheTreeSee() {
        Document document = parse("import fig from './fig.png';\n\n<img src={fig} width={400} />\n\nA <kbd>key</kbd>.\n");
        List<String> html = new java.util.ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof com.vladsch.flexmark.ast.HtmlInline) {
                html.add(node.getChars().toString().strip());
            }
        }
        assertThat(html).containsExactly("<img src=\"./fig.png\" width=\"400\" />", "<kbd>", "</kbd>");
        assertThat(document.getChildOfType(com.vladsch.flexmark.ast.HtmlBlock.class).getStartLineNumber()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Text <b a=> here.\n", "<img src=\"x.png\">\n", "<div>\n\nNever closed.\n"})
    void whatMdxRefusesIsASyntaxError(String mdx) {
        assertThatThrownBy(() -> markdown.parseMdx(mdx)).isInstanceOf(MdxSyntaxException.class);
    }

    @Test
    void anImportedSvgComponentIsAnImage() {
        assertThat(render("import Logo from './logo.svg';\n\n<Logo className=\"logo\" />\n"))
                .contains("<img src=\"./logo.svg\" class=\"logo\" />");
    }

    @Test
    void keepsTheTruncateMarkerAndTheTableOfContentsPlace() {
        assertThat(render("First.\n\n{/* truncate */}\n\nRest.\n")).isEqualToIgnoringWhitespace("<p>First.</p><p>Rest.</p>");
        assertThat(markdown.render(parse("Intro.\n\n{/* truncate */}\n\nRest.\n"), true).excerpt())
                .isEqualTo("<p>Intro.</p>");
        assertThat(render("<TOCInline />\n\n## One\n\n## Two\n")).contains("<nav class=\"toc-inline\">")
                .contains("href=\"#one\"");
    }

    @Test
    void anExpressionThatCannotRunIsShownAsWrittenWithAWarning() {
        assertThat(render("Value {props.x} here.\n")).contains("{props.x}");
        assertThat(diagnostics.all()).extracting(Diagnostic::message).anyMatch(m -> m.contains("{props.x}"));
    }

    @Test
    void aBindingNeverImportedIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> render("Text.\n\n<img src={missing} />\n"))
                .isInstanceOf(QuireException.class).hasMessageContaining("{missing} is used but never imported")
                .extracting(e -> ((QuireException) e).line()).isEqualTo(3);
    }

    @Test
    void rendersTabsThroughTheTabsComponent() {
        String html = render("""
                import Tabs from '@theme/Tabs';
                import TabItem from '@theme/TabItem';

                <Tabs groupId="lang">
                  <TabItem value="py" label="Python">

                  Python **code**.

                  </TabItem>
                  <TabItem value="js" label="JavaScript" default>

                  JS.

                  </TabItem>
                </Tabs>
                """);
        assertThat(html).contains("<div class=\"tabs\" id=\"tabs-1\" data-group-id=\"lang\">",
                "data-value=\"js\" data-default", "<p>Python <strong>code</strong>.</p>", ">JavaScript</div>");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void rendersDetailsWithTheirSummary() {
        String html = render("<details>\n  <summary>More</summary>\n\n  Hidden **text**.\n\n</details>\n");
        assertThat(html).contains("<details class=\"details\">", "<summary>More</summary>",
                "<p>Hidden <strong>text</strong>.</p>");
    }

    @Test
    void rendersNothingForEsm() {
        assertThat(render("import a from './a.js';\nexport const b = 1;\n\nText.\n")).isEqualToIgnoringWhitespace("<p>Text.</p>");
    }

    private Document parse(String mdx) {
        Document document = markdown.parseMdx(mdx);
        MdxRendering.attach(document, "blog/post.mdx", 1, "/base/", TITLES, diagnostics);
        return document;
    }
}
