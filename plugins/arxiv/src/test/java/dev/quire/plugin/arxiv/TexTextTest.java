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
}
