package dev.quire.plugin.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KatexTest {

    private static final String MATH = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">";

    /** The MathML KaTeX puts in its HTML for screen readers. */
    private static String inline(String tex) {
        Typeset typeset = Katex.shared().typeset(tex, false);
        assertThat(typeset.error()).as(tex).isNull();
        assertThat(typeset.html()).startsWith("<span class=\"katex\"><span class=\"katex-mathml\"><math")
                .contains("</math></span><span class=\"katex-html\" aria-hidden=\"true\">");
        return mathml(typeset.html());
    }

    private static String mathml(String html) {
        return html.substring(html.indexOf("<math"), html.indexOf("</math>") + "</math>".length());
    }

    /** The formula's MathML inside {@code <semantics>}, before the TeX annotation. */
    private static String body(String tex) {
        String mathml = inline(tex);
        assertThat(mathml).startsWith(MATH + "<semantics>").endsWith("</semantics></math>");
        return mathml.substring((MATH + "<semantics>").length(), mathml.indexOf("<annotation"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            \\frac{a}{b}              | <mrow><mfrac><mi>a</mi><mi>b</mi></mfrac></mrow>
            x_i^2                     | <mrow><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></mrow>
            \\alpha + \\Omega         | <mrow><mi>α</mi><mo>+</mo><mi mathvariant="normal">Ω</mi></mrow>
            \\mathbb{R}^n             | <mrow><msup><mi mathvariant="double-struck">R</mi><mi>n</mi></msup></mrow>
            \\sum_{i=1}^{n} i         | <mrow><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><mi>i</mi></mrow>
            \\text{손실 함수}          | <mrow><mtext>손실\u00a0함수</mtext></mrow>
            \\operatorname{softmax}(z) | <mrow><mi mathvariant="normal">softmax</mi><mo>⁡</mo><mo stretchy="false">(</mo><mi>z</mi><mo stretchy="false">)</mo></mrow>
            \\$5                      | <mrow><mi mathvariant="normal">$</mi><mn>5</mn></mrow>
            a < b \\& c               | <mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi><mi mathvariant="normal">&amp;</mi><mi>c</mi></mrow>
            """)
    void typesetsTexAsMathMl(String tex, String mathml) {
        assertThat(body(tex)).isEqualTo(mathml);
    }

    @Test
    void keepsTheTexEscapedAsAnAnnotation() {
        assertThat(inline("a < b \\& c")).endsWith("<annotation encoding=\"application/x-tex\">a &lt; b \\&amp; c</annotation>"
                + "</semantics></math>");
    }

    @Test
    void displayMathIsABlockWithItsLimitsAboveAndBelow() {
        Typeset typeset = Katex.shared().typeset("\\sum_{i=1}^{n} i", true);
        assertThat(typeset.html()).startsWith("<span class=\"katex-display\"><span class=\"katex\">");
        assertThat(mathml(typeset.html())).startsWith("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">")
                .contains("<munderover><mo>∑</mo>");
    }

    @Test
    void typesetsMatricesAndAlignedEquations() {
        assertThat(body("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}")).startsWith("<mrow><mo fence=\"true\">(</mo><mtable")
                .contains("<mtr><mtd><mstyle scriptlevel=\"0\" displaystyle=\"false\"><mi>a</mi></mstyle></mtd><mtd>")
                .endsWith("</mtable><mo fence=\"true\">)</mo></mrow>");
        assertThat(body("\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}"))
                .startsWith("<mtable rowspacing=\"0.25em\" columnalign=\"right left\" columnspacing=\"0em\"><mtr>")
                .contains("<mo>=</mo><mi>b</mi>").contains("<mo>=</mo><mi>d</mi>");
    }

    @Test
    void saysWhyItCannotReadTex() {
        assertThat(Katex.shared().typeset("\\frac{", false))
                .isEqualTo(Typeset.failed("Unexpected end of input in a macro argument, expected '}' (at character 7)"));
        assertThat(Katex.shared().typeset("\\notacommand x", false).error()).contains("Undefined control sequence: \\notacommand");
    }

    @Test
    void linksAreNotTrusted() {
        assertThat(inline("\\href{javascript:alert(1)}{x}")).doesNotContain("href=").contains("<mtext>\\href</mtext>");
    }

    @Test
    void givesTheSameResultsFromManyThreadsAsFromOne() {
        List<String> formulas = IntStream.range(0, 300)
                .mapToObj(i -> "\\sum_{k=" + i + "}^{n} \\frac{x_k^" + (i % 7) + "}{\\alpha_{" + i + "}}"
                        + (i % 5 == 0 ? "\\begin{aligned} a &= " + i + " \\end{aligned}" : "")
                        + (i % 11 == 0 ? "\\frac{" : ""))
                .toList();
        List<Typeset> alone = formulas.stream().map(tex -> Katex.shared().typeset(tex, i(tex))).toList();

        List<Typeset> together = formulas.parallelStream().map(tex -> Katex.shared().typeset(tex, i(tex))).toList();
        List<Typeset> again = formulas.parallelStream().map(tex -> Katex.shared().typeset(tex, i(tex))).toList();

        assertThat(together).isEqualTo(alone).isEqualTo(again);
        assertThat(alone).filteredOn(t -> t.error() != null).hasSize(28);
    }

    /** Every other formula displayed. */
    private static boolean i(String tex) {
        return tex.length() % 2 == 0;
    }
}
