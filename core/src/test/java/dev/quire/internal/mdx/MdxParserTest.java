package dev.quire.internal.mdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.internal.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constructs of the MDX layer one by one, with what the rest of Quire reads from them. */
class MdxParserTest {

    private final Markdown markdown = new Markdown(List.of());

    private Document mdx(String text) {
        return markdown.parseMdx(text);
    }

    private static <T> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node node : root.getDescendants()) {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
        }
        return found;
    }

    @Test
    void importsGiveTheirBindingsWithTheirOffsets() {
        String text = "import fig, {a, b as c} from './fig.png';\nimport * as ns from \"pkg\"\nimport './x.css'\n"
                + "import code from '!!raw-loader!./x.py';\n\nText.\n";
        Esm esm = all(mdx(text), Esm.class).get(0);
        assertThat(esm.imports()).extracting(EsmImport::binding, EsmImport::from).containsExactly(
                tuple("fig", "./fig.png"), tuple("a", "./fig.png"),
                tuple("c", "./fig.png"), tuple("ns", "pkg"),
                tuple(null, "./x.css"),
                tuple("code", "!!raw-loader!./x.py"));
        assertThat(esm.imports().get(3).offset()).isEqualTo(text.indexOf("import * as"));
    }

    @Test
    void anImportAnywhereAtTheTopLevelIsEsmButNotInCodeOrAParagraph() {
        Document document = mdx("# Title\nimport a from 'a'\n\n```js\nimport b from 'b'\n```\n\nText\nimport c from 'c'\n");
        assertThat(all(document, Esm.class)).extracting(Esm::value).containsExactly("import a from 'a'");
        assertThat(all(document, FencedCodeBlock.class)).hasSize(1);
    }

    @Test
    void anExportRunsOverBlankLinesUntilItsBracketsClose() {
        Document document = mdx("export const a = {\n\n  b: 1,\n\n}\n\nText {a.b}.\n");
        assertThat(all(document, Esm.class)).extracting(Esm::value).containsExactly("export const a = {\n\n  b: 1,\n\n}");
        assertThat(all(document, TextExpression.class)).extracting(TextExpression::value).containsExactly("a.b");
    }

    @Test
    void aFlowElementHoldsBlocks() {
        JsxFlowElement center = all(mdx("<center>\n![logo](x.png)\n\n- one\n</center>\n"), JsxFlowElement.class).get(0);
        assertThat(center.name()).isEqualTo("center");
        assertThat(all(center, Image.class)).hasSize(1);
        assertThat(all(center, BulletList.class)).hasSize(1);
    }

    @Test
    void attributesKeepHowTheyWereWritten() {
        JsxElement img = all(mdx("<img src={fig} alt=\"a &amp; b\" hidden {...rest} style={{width: '50%'}} />\n"),
                JsxFlowElement.class).get(0);
        assertThat(img.attributes()).containsExactly(
                new JsxTag.Attribute("src", JsxTag.Kind.EXPRESSION, "fig"),
                new JsxTag.Attribute("alt", JsxTag.Kind.LITERAL, "a & b"),
                new JsxTag.Attribute("hidden", JsxTag.Kind.BOOLEAN, null),
                new JsxTag.Attribute(null, JsxTag.Kind.SPREAD, "...rest"),
                new JsxTag.Attribute("style", JsxTag.Kind.EXPRESSION, "{width: '50%'}"));
    }

    @Test
    void textElementsNestInAParagraph() {
        Paragraph paragraph = all(mdx("Some <b>bold <i>and</i></b> text.\n"), Paragraph.class).get(0);
        JsxTextElement bold = all(paragraph, JsxTextElement.class).get(0);
        assertThat(bold.name()).isEqualTo("b");
        assertThat(all(bold, JsxTextElement.class)).extracting(JsxTextElement::name).containsExactly("i");
    }

    @Test
    void bothTruncateMarkersAreTheSameComment() {
        Document document = mdx("Intro.\n\n{/* truncate */}\n\nMore.\n\n<!-- truncate -->\n");
        assertThat(all(document, FlowExpression.class)).extracting(FlowExpression::value)
                .containsExactly("/* truncate */", "/* truncate */");
        assertThat(all(document, FlowExpression.class)).allMatch(MdxExpression::isComment);
    }

    @Test
    void admonitionsWorkWhereverABlockCan() {
        Document document = mdx("- item\n\n  :::tip[In a *list*]\n  text\n  :::\n\n> :::note\n> quoted\n> :::\n\n"
                + "<details>\n\n:::warning\nin JSX\n:::\n\n</details>\n\n::::info\n:::danger\nnested\n:::\n::::\n");
        assertThat(all(document, Admonition.class)).extracting(Admonition::type)
                .containsExactly("tip", "note", "warning", "info", "danger");
        Admonition tip = all(document, Admonition.class).get(0);
        assertThat(Markdown.plainText(tip.title())).isEqualTo("In a list");
        assertThat(all(document, Admonition.class).get(4).getParent()).isSameAs(all(document, Admonition.class).get(3));
    }

    @Test
    void anAdmonitionFenceInsideCodeIsCode() {
        Document document = mdx(":::note\n```md\n:::\n```\n:::\n\nafter\n");
        Admonition note = all(document, Admonition.class).get(0);
        assertThat(all(note, FencedCodeBlock.class)).singleElement()
                .satisfies(code -> assertThat(code.getContentChars().toString()).isEqualTo(":::\n"));
        assertThat(note.getNext()).isInstanceOf(Paragraph.class);
    }

    @Test
    void markdownFilesHaveAdmonitionsButNoMdx() {
        Document document = markdown.parse(":::tip\n<b>{x}</b>\n:::\n\n    code\n");
        assertThat(all(document, Admonition.class)).hasSize(1);
        assertThat(all(document, JsxElement.class)).isEmpty();
        assertThat(all(document, com.vladsch.flexmark.ast.IndentedCodeBlock.class)).hasSize(1);
    }

    @Test
    void htmlCommentsAreCommentsAsDocusaurusReadsThem() {
        Document document = markdown.parseMdx("x <!-- comment -->\n\n<!--\nseveral lines\n-->\n");
        assertThat(all(document, TextExpression.class)).extracting(TextExpression::value).containsExactly("/* comment */");
        assertThat(all(document, FlowExpression.class)).extracting(FlowExpression::value)
                .containsExactly("/*\nseveral lines\n*/");
    }

    @Test
    void syntaxErrorsNameTheLineAndColumnMdxNames() {
        assertError("a\n\nb <3\n", 3, 4, "Unexpected character `3` (U+0033) before name");
        assertError("<a><b></a>\n", 1, 7, "Unexpected closing tag `</a>`, expected corresponding closing tag for `<b>`");
        assertError("Text {a\n", 1, 8, "Unexpected end of file in expression");
        assertError("I {don't} know.\n", 1, 7, "Could not parse expression with acorn");
        assertError("> <a>\n> b\n", 1, 1, "Expected a closing tag for `<a>` before the end of `blockQuote`");
        assertError("see <https://example.com>\n", 1, 12, "to create a link in MDX, use `[text](url)`");
    }

    private void assertError(String text, int line, int column, String message) {
        assertThatThrownBy(() -> mdx(text)).isInstanceOfSatisfying(MdxSyntaxException.class, e -> {
            assertThat(e.getMessage()).contains(message);
            assertThat(e.line(text)).as("line of " + e.getMessage()).isEqualTo(line);
            assertThat(e.column(text)).as("column of " + e.getMessage()).isEqualTo(column);
        });
    }

    @Test
    void offsetsPointIntoTheSourceAfterEsm() {
        String text = "import a from 'a'\n\n<Figure src={a} />\n";
        JsxFlowElement figure = all(mdx(text), JsxFlowElement.class).get(0);
        assertThat(figure.offset()).isEqualTo(text.indexOf("<Figure"));
    }
}
