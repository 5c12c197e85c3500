package dev.quire.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the links ({@code href}, {@code src}) and anchors ({@code id}) out of raw HTML in content. */
public final class HtmlTags {

    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "src");

    private HtmlTags() {
    }

    /** Every {@code href} and {@code src} value of the tags in {@code html}, in order. */
    public static List<String> links(String html) {
        return attributes(html, LINK_ATTRIBUTES);
    }

    /** Every {@code id} value of the tags in {@code html}. */
    public static List<String> ids(String html) {
        return attributes(html, Set.of("id"));
    }

    private static List<String> attributes(String html, Set<String> names) {
        List<String> values = new ArrayList<>();
        int at = html.indexOf('<');
        while (at >= 0) {
            JsxTag tag = JsxTag.parse(html, at, 10_000);
            if (tag != null && !tag.closing()) {
                for (JsxTag.Attribute attribute : tag.attributes()) {
                    if (attribute.name() != null && attribute.kind() == JsxTag.ValueKind.STRING
                            && names.contains(attribute.name().toLowerCase(java.util.Locale.ROOT))) {
                        values.add(attribute.value());
                    }
                }
            }
            at = html.indexOf('<', tag == null ? at + 1 : tag.end());
        }
        return values;
    }
}
