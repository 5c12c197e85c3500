package dev.quire.plugin.images.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Finds the tags of a piece of raw HTML that link to files, with their exact place in the text, so
 * they can be rewritten while every other character of the HTML stays as the author wrote it.
 * Parsing is jsoup's: comments, scripts and attribute quoting are handled as browsers handle them.
 */
final class HtmlTagFinder {

    /** Which attribute of which element links to a file, and how the file is used. */
    private static final Map<String, Map<String, Use>> LINKING = Map.of(
            "img", Map.of("src", Use.IMAGE),
            "a", Map.of("href", Use.FILE),
            "video", Map.of("src", Use.FILE, "poster", Use.IMAGE),
            "audio", Map.of("src", Use.FILE),
            "source", Map.of("src", Use.FILE),
            "track", Map.of("src", Use.FILE));
    private static final List<String> ATTRIBUTE_ORDER = List.of("src", "href", "poster");
    /** HTML without any of these tag names has nothing to find; most inline HTML ({@code <br>}, {@code <sup>}) has none. */
    private static final Pattern MAY_LINK = Pattern.compile("(?i)<(?:img|a|video|audio|source|track)[\\s/>]");

    private HtmlTagFinder() {
    }

    /**
     * @param lineOfOffset the line of the post's source file of a character of {@code html}
     */
    static List<HtmlTag> find(String html, IntUnaryOperator lineOfOffset) {
        if (!MAY_LINK.matcher(html).find()) {
            return List.of();
        }
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<HtmlTag> tags = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            Map<String, Use> linking = LINKING.get(element.normalName());
            Range range = element.sourceRange();
            if (linking == null || !range.isTracked() || range.isImplicit()) {
                continue;
            }
            int line = lineOfOffset.applyAsInt(range.startPos());
            Map<String, Reference> references = new LinkedHashMap<>();
            for (String attribute : ATTRIBUTE_ORDER) {
                Use use = linking.get(attribute);
                String value = element.attr(attribute).strip();
                if (use != null && !value.isEmpty()) {
                    references.put(attribute, new Reference(value, use, line, true));
                }
            }
            if (!references.isEmpty() || element.normalName().equals("img")) {
                String text = html.substring(range.startPos(), range.endPos());
                tags.add(new HtmlTag(range.startPos(), range.endPos(), element.normalName(), element.attributes().clone(),
                        text.endsWith("/>"), references));
            }
        }
        return tags;
    }
}
