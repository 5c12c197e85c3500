package dev.quire.theme.pebble;

import dev.quire.model.PlainText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The start of a piece of HTML as plain text, for descriptions and previews. Math keeps its TeX
 * without the {@code \(…\)} / {@code \[…\]} delimiters the renderer wraps it in; the
 * {@code #} links after headings are left out.
 */
final class Excerpt {

    private Excerpt() {
    }

    /**
     * The text of {@code html} (tags removed, entities decoded, white space collapsed), cut to at
     * most {@code length} characters at a word boundary, with an ellipsis when it was cut.
     */
    static String of(String html, int length) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("a.hash-link").remove();
        for (Element math : document.select(".math")) {
            math.text(math.text().strip().replaceAll("^\\\\[(\\[]|\\\\[)\\]]$", ""));
        }
        return PlainText.shortened(document.text(), length);
    }
}
