package dev.quire.internal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.model.MdxImport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MdxPreprocessorTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Preprocessed mdx(String body) {
        return new MdxPreprocessor("blog/post.mdx", true, "/base/", Map.of("tip", "Tip", "note", "Note"), diagnostics)
                .process(body, 1);
    }

    private Preprocessed md(String body) {
        return new MdxPreprocessor("blog/post.md", false, "/", Map.of(), diagnostics).process(body, 1);
    }

    @Test
    void takesImportsOutAndKeepsTheirBindings() {
        Preprocessed p = mdx("""
                import blog_20251127_img1 from './asset/blog_20251127_img1.png';
                import other from "./b.jpg"
                import Tabs, {TabItem as Item} from '@theme/Tabs';
                import * as Everything from './all.js';
                import './style.css';

                # Title
                """);
        assertThat(p.markdown()).doesNotContain("import").contains("# Title");
        assertThat(p.imports()).containsExactly(
                new MdxImport("blog_20251127_img1", "./asset/blog_20251127_img1.png", 1),
                new MdxImport("other", "./b.jpg", 2),
                new MdxImport("Tabs", "@theme/Tabs", 3),
                new MdxImport("Item", "@theme/Tabs", 3),
                new MdxImport("Everything", "./all.js", 4));
    }

    @Test
    void readsAMultiLineImportAndKeepsLaterLinesInPlace() {
        Preprocessed p = mdx("""
                import {
                  a,
                  b,
                } from './x.js';

                Text on line six.
                """);
        assertThat(p.imports()).extracting(MdxImport::binding).containsExactly("a", "b");
        int line = lineOf(p, "Text on line six.");
        assertThat(line).isEqualTo(6);
    }

    @Test
    void leavesProseThatStartsWithImportAlone() {
        Preprocessed p = mdx("""
                Intro.

                import 함수는 모듈을 불러온다.
                """);
        assertThat(p.markdown()).contains("import 함수는 모듈을 불러온다.");
        assertThat(p.imports()).isEmpty();
    }

    @Test
    void dropsExportStatementsEvenOverSeveralLines() {
        Preprocessed p = mdx("""
                export const meta = {
                  title: 'x',
                };

                Body.
                """);
        assertThat(p.markdown()).doesNotContain("export").doesNotContain("title: 'x'").contains("Body.");
    }

    @Test
    void neverTouchesFencedOrInlineCode() {
        String body = """
                ```js
                import x from './x.png';
                <img src={x} />
                {/* kept */}
                ```

                Use `<img src={x} />` and `{/* c */}` in code.
                """;
        Preprocessed p = mdx("import x from './x.png';\n\n" + body);
        assertThat(p.markdown()).contains("import x from './x.png';\n<img src={x} />\n{/* kept */}")
                .contains("`<img src={x} />` and `{/* c */}`");
    }

    @Test
    void turnsJsxImageAttributesIntoHtml() {
        Preprocessed p = mdx("""
                import img from './asset/fig.png';

                <img src={img} alt="그림" className="wide" style={{width: '50%', marginTop: 10, opacity: 0.5}} width={400} />
                """);
        assertThat(p.markdown()).contains(
                "<img src=\"./asset/fig.png\" alt=\"그림\" class=\"wide\" style=\"width: 50%; margin-top: 10px; opacity: 0.5\" width=\"400\" />");
    }

    @Test
    void readsATagSpreadOverSeveralLines() {
        Preprocessed p = mdx("""
                import img from './fig.png';

                <img
                  src={img}
                  alt="multi"
                />

                After.
                """);
        assertThat(p.markdown()).contains("<img src=\"./fig.png\" alt=\"multi\" />");
        assertThat(lineOf(p, "After.")).isEqualTo(8);
    }

    @Test
    void resolvesRequireAndUseBaseUrl() {
        Preprocessed p = mdx("""
                <img src={require('./a.png').default} />
                <img src={useBaseUrl('/img/b.png')} />
                """);
        assertThat(p.markdown()).contains("<img src=\"./a.png\" />").contains("<img src=\"/base/img/b.png\" />");
    }

    @Test
    void closesNonVoidSelfClosingTags() {
        assertThat(mdx("<div className=\"x\" />\n").markdown()).contains("<div class=\"x\"></div>");
    }

    @Test
    void leavesPlainHtmlAsWritten() {
        String html = "<details>\n<summary>More</summary>\n\nText\n\n</details>\n";
        assertThat(mdx(html).markdown()).isEqualTo(html);
    }

    @Test
    void anUnimportedBindingIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> mdx("Intro.\n\n<img src={missing} />\n"))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("{missing} is used but never imported")
                .satisfies(e -> assertThat(((QuireException) e).line()).isEqualTo(3));
    }

    @Test
    void dropsComponentTagsKeepsChildrenAndWarnsOnce() {
        Preprocessed p = mdx("""
                import Tabs from '@theme/Tabs';

                <Tabs>
                <TabItem value="a">

                Alpha **text**

                </TabItem>
                </Tabs>
                <Tabs></Tabs>
                """);
        assertThat(p.markdown()).doesNotContain("Tabs").doesNotContain("TabItem").contains("Alpha **text**");
        assertThat(diagnostics.all()).extracting(Diagnostic::message)
                .containsExactly(
                        "<Tabs> (imported from '@theme/Tabs') is a React component that cannot run outside React; its content is shown without it",
                        "<TabItem> is a React component that cannot run outside React; its content is shown without it");
        assertThat(diagnostics.all()).extracting(Diagnostic::line).containsExactly(3, 4);
    }

    @Test
    void anImportedSvgComponentBecomesAnImage() {
        Preprocessed p = mdx("import Logo from './logo.svg';\n\n<Logo className=\"logo\" />\n");
        assertThat(p.markdown()).contains("<img src=\"./logo.svg\" class=\"logo\" />");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<!-- truncate -->",
        "{/* truncate */}",
        "{/*truncate*/}",
    })
    void recognisesBothTruncateMarkers(String marker) {
        Preprocessed p = mdx("First.\n" + marker + "\nRest.\n");
        assertThat(p.truncated()).isTrue();
        assertThat(p.markdown()).contains(Preprocessed.TRUNCATE).doesNotContain("{/*");
    }

    @Test
    void dropsMdxCommentsEverywhereButCode() {
        Preprocessed p = mdx("Text {/* hidden */} more.\n\n{/*\nmulti\nline\n*/}\n\nEnd.\n");
        assertThat(p.markdown()).doesNotContain("hidden").doesNotContain("multi").contains("Text  more.").contains("End.");
        assertThat(lineOf(p, "End.")).isEqualTo(8);
    }

    @Test
    void keepsBracesOfMathAndOfPlainMarkdownFiles() {
        assertThat(mdx("Math $\\frac{a}{b}$ and $$x^{2}$$ here.\n").markdown())
                .contains("$\\frac{a}{b}$").contains("$$x^{2}$$");
        assertThat(md("Set {a, b} in prose.\n").markdown()).contains("{a, b}");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void anExpressionInMdxTextIsKeptWithAWarning() {
        Preprocessed p = mdx("Value {props.x} here and {'literal'} there.\n");
        assertThat(p.markdown()).contains("{props.x}").contains("literal there").doesNotContain("{'literal'}");
        assertThat(diagnostics.all()).singleElement().satisfies(d -> assertThat(d.message()).contains("{props.x}"));
    }

    @Test
    void aBraceInMdxTextThatNeverClosesIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> mdx("# Title\n\nSome text {foo\n\nMore text.\n"))
                .isInstanceOfSatisfying(QuireException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("'{foo' starts an MDX expression, but no '}' closes it");
    }

    @Test
    void anAttributeExpressionThatNeverClosesIsAnErrorRatherThanATagShownAsText() {
        assertThatThrownBy(() -> mdx("import img1 from './a.png';\n\nText.\n\n<img\n  src={img1 />\n"))
                .isInstanceOfSatisfying(QuireException.class, e -> assertThat(e.line()).isEqualTo(6))
                .hasMessageContaining("'{img1 />' starts an MDX expression");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void anOpenQuoteInsideBracesIsNamedAsTheReasonTheyNeverClose() {
        assertThatThrownBy(() -> mdx("Line one.\nI {don't} know.\n"))
                .isInstanceOfSatisfying(QuireException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("a quote or comment inside it is never closed");
    }

    @Test
    void bracesInCodeMathEscapesAndPlainMarkdownAreNotExpressions() {
        String body = "Code `if (x) {` here.\n\n```js\nif (x) {\n```\n\nEscaped \\{ brace and $\\{x$ math.\n";
        assertThat(mdx(body).markdown()).isEqualTo(body);
        assertThat(md("Set {a, b and an open {\n").markdown()).isEqualTo("Set {a, b and an open {\n");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void anExpressionLongerThanTheTagScanIsNotMistakenForAnUnclosedOne() {
        String body = "Long {'" + "x".repeat(30_000) + "'} end.\n";
        assertThat(mdx(body).markdown()).contains("end.");
    }

    @Test
    void turnsAdmonitionsIntoDivsWithTitles() {
        Preprocessed p = mdx("""
                :::tip[Read **this**]
                Inside.
                :::

                :::note
                Plain.
                :::

                :::danger Legacy title
                Old syntax.
                :::
                """);
        assertThat(p.markdown())
                .contains("<div class=\"admonition admonition-tip\"><p class=\"admonition-title\">Read **this**</p>")
                .contains("<div class=\"admonition admonition-note\"><p class=\"admonition-title\">Note</p>")
                .contains("<p class=\"admonition-title\">Legacy title</p>")
                .doesNotContain(":::");
        assertThat(p.markdown().split("</div>", -1)).hasSize(4);
    }

    @Test
    void cautionAndImportantKeepTheirOwnKindAndTitle() {
        Preprocessed p = new MdxPreprocessor("blog/post.mdx", true, "/", Map.of("caution", "Caution",
                "important", "Important", "warning", "Warning", "info", "Info"), diagnostics)
                .process(":::caution\nHot.\n:::\n\n:::important\nRead.\n:::\n", 1);
        assertThat(p.markdown())
                .contains("<div class=\"admonition admonition-caution\"><p class=\"admonition-title\">Caution</p>")
                .contains("<div class=\"admonition admonition-important\"><p class=\"admonition-title\">Important</p>")
                .doesNotContain("Warning").doesNotContain("Info");
    }

    @Test
    void nestsAdmonitionsWithMoreColons() {
        Preprocessed p = mdx("::::info\nOuter\n:::warning\nInner\n:::\n::::\n");
        assertThat(p.markdown()).contains("admonition-info").contains("admonition-warning");
        assertThat(p.markdown().split("</div>", -1)).hasSize(3);
    }

    @Test
    void leavesUnknownDirectivesAndStrayColonsAlone() {
        assertThat(mdx(":::unknown\ntext\n:::\n").markdown()).isEqualTo(":::unknown\ntext\n:::\n");
    }

    @Test
    void mapsEveryOutputLineBackToItsSourceLine() {
        Preprocessed p = new MdxPreprocessor("x.mdx", true, "/", Map.of(), diagnostics).process("""
                import a from './a.png';

                # Title

                :::note
                Inside.
                :::
                Last.
                """, 10);
        assertThat(lineOf(p, "# Title")).isEqualTo(12);
        assertThat(lineOf(p, "Inside.")).isEqualTo(15);
        assertThat(lineOf(p, "Last.")).isEqualTo(17);
    }

    @Test
    void autolinksAndComparisonsAreNotTags() {
        String text = "See <https://arxiv.org/abs/2511.21541> and a < b > c.\n";
        assertThat(mdx(text).markdown()).isEqualTo(text);
    }

    /** The source line of the output line containing {@code text}. */
    private static int lineOf(Preprocessed p, String text) {
        String[] lines = p.markdown().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return p.lineMap()[i];
            }
        }
        throw new AssertionError("no line contains " + text + " in:\n" + p.markdown());
    }
}
