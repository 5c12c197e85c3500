package dev.quire.internal.mdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.util.ast.Document;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.content.MdxPreprocessor;
import dev.quire.internal.markdown.Markdown;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML of MDX nodes: what the line-based MDX step gave for the same text, except where noted. */
class MdxHtmlRendererTest {

    private static final Map<String, String> TITLES = Map.of("tip", "Tip", "note", "Note");
    private final Markdown markdown = new Markdown(List.of());
    private final Diagnostics diagnostics = new Diagnostics();

    private String render(String mdx) {
        Document document = markdown.parseMdx(mdx);
        MdxRendering.attach(document, "blog/post.mdx", 1, "/base/", TITLES, diagnostics);
        return markdown.render(document, false).html();
    }

    /** The same text through the line-based MDX step, which this renderer replaces. */
    private String preprocessed(String mdx) {
        String text = new MdxPreprocessor("blog/post.mdx", true, "/base/", TITLES, new Diagnostics())
                .process(mdx, 1).markdown();
        return markdown.render(markdown.parse(text), false).html();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "import fig from './fig.png';\n\n# Title\n\n<img src={fig} alt=\"A figure\" width={400} />\n",
        "Text with <span className=\"hl\" style={{color: 'red', marginTop: 10}}>marked</span> words.\n",
        "<div className=\"box\">\n\nSome **bold** text.\n\n</div>\n",
        "<img src={require('./a.png').default} />\n",
        "<img src={useBaseUrl('/img/x.png')} />\n",
        "Before.\n\n{/* a comment */}\n\nAfter {/* inline */} here.\n",
        "Value {'literal'} there.\n",
        ":::tip\n\nA tip.\n\n:::\n",
        ":::note[Read this]\n\nA note.\n\n:::\n",
        "<Admonition type=\"tip\" title=\"Careful\">\n\nInside.\n\n</Admonition>\n",
        "<label htmlFor=\"x\">Name</label>\n",
        "A <br /> break.\n",
    })
    void givesTheHtmlOfTheLineBasedStep(String mdx) {
        assertThat(render(mdx)).isEqualToIgnoringWhitespace(preprocessed(mdx));
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
