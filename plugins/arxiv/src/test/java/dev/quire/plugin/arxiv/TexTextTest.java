package dev.quire.plugin.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TexTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Plain title                          | Plain title",
        "<script>alert(\"x\")</script> & 'q'  | &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;",
        "Learning $O(n \\log n)$ sorts         | Learning <span class=\"math math-inline\">\\(O(n \\log n)\\)</span> sorts",
        "$\\alpha$-divergence and $x<y$       | <span class=\"math math-inline\">\\(\\alpha\\)</span>-divergence and <span class=\"math math-inline\">\\(x&lt;y\\)</span>",
        "Display $$E=mc^2$$ too               | Display <span class=\"math math-inline\">\\(E=mc^2\\)</span> too",
        "Costs $5 and $10 dollars             | Costs $5 and $10 dollars",
        "A $ lonely dollar                    | A $ lonely dollar",
        "Escaped \\$x$ stays                   | Escaped \\$x$ stays",
        "Unclosed $x math                     | Unclosed $x math",
        "Math with tags $</span><b>$ inside   | Math with tags <span class=\"math math-inline\">\\(&lt;/span&gt;&lt;b&gt;\\)</span> inside",
    })
    void escapesTextAndKeepsMathReadable(String text, String html) {
        assertThat(TexText.toHtml(text)).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "As in Fig.~3 of Smith et~al.                | As in Fig.&nbsp;3 of Smith et&nbsp;al.",
        "~leading and trailing~                      | &nbsp;leading and trailing&nbsp;",
        "An escaped \\~ is a tilde                   | An escaped ~ is a tilde",
        "A line break \\\\~ then a space              | A line break \\\\&nbsp; then a space",
        "Math $a~b$ keeps it~too                     | Math <span class=\"math math-inline\">\\(a~b\\)</span> keeps it&nbsp;too",
        "Code: https://host.org/~user/a~b, see~it    | Code: https://host.org/~user/a~b, see&nbsp;it",
        "(at HTTP://Host.org/~u) and~more            | (at HTTP://Host.org/~u) and&nbsp;more",
        "Data at ftp://x.org/~d and git+ssh://h/~r   | Data at ftp://x.org/~d and git+ssh://h/~r",
        "https://x.org/?a=1&b=<2>~ then~             | https://x.org/?a=1&amp;b=&lt;2&gt;~ then&nbsp;",
        "An address https://x.org/$a$ is not math    | An address https://x.org/$a$ is not math",
        "Abbreviations: e.g.~this, cf.~Sec.~2        | Abbreviations: e.g.&nbsp;this, cf.&nbsp;Sec.&nbsp;2",
    })
    void aTildeIsANoBreakSpaceOutsideMathAndWebAddresses(String text, String html) {
        assertThat(TexText.toHtml(text)).isEqualTo(html);
    }
}
