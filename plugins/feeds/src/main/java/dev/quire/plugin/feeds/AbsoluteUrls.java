package dev.quire.plugin.feeds;

import dev.quire.model.Urls;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes links absolute for places that have no page to be relative to: a feed reader shows a
 * post's HTML outside the site, so {@code ./asset/x.png}, {@code /blog/tags/ml/} and
 * {@code #section} must name the site's URL. The HTML is parsed with jsoup, never matched with
 * patterns, so links in text, comments or code stay as written.
 */
final class AbsoluteUrls {

    /** The attributes that hold one URL. */
    private static final String[] URL_ATTRIBUTES = {"href", "src", "poster"};
    private static final String SRCSET = "srcset";

    private AbsoluteUrls() {
    }

    /**
     * Resolves every relative {@code href}, {@code src}, {@code poster} and {@code srcset} of
     * {@code html} against {@code base}; absolute links ({@code https:}, {@code mailto:}, ...) stay.
     *
     * @param base the absolute URL of the page the HTML was written for
     */
    static String html(String html, String base) {
        if (html.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html, base);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("[href], [src], [poster], [srcset]")) {
            for (String attribute : URL_ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, resolve(base, element.attr(attribute)));
                }
            }
            if (element.hasAttr(SRCSET)) {
                element.attr(SRCSET, srcset(base, element.attr(SRCSET)));
            }
        }
        return document.body().html();
    }

    /**
     * {@code link} resolved against {@code base}, as ASCII; an absolute link ({@code https:},
     * {@code mailto:}, {@code data:}) comes back as written, a blank one too.
     */
    static String resolve(String base, String link) {
        String trimmed = link.strip();
        if (trimmed.isEmpty() || Urls.isExternal(trimmed) && !trimmed.startsWith("//")) {
            return link;
        }
        try {
            return ascii(new URL(new URL(base), trimmed).toString());
        } catch (MalformedURLException e) {
            return link;
        }
    }

    /**
     * Resolves each candidate of a {@code srcset}: {@code url [descriptor]} separated by commas.
     * Follows the HTML parsing rule that a URL runs to the next whitespace, so commas inside URLs
     * survive.
     */
    static String srcset(String base, String value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            String url = value.substring(start, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceFirst(",+$", "");
            } else {
                int descriptorStart = i;
                while (i < n && value.charAt(i) != ',') {
                    i++;
                }
                descriptor = value.substring(descriptorStart, i).strip();
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(resolve(base, url));
            if (!descriptor.isEmpty()) {
                out.append(' ').append(descriptor);
            }
        }
        return out.toString();
    }

    /**
     * Percent-encodes what may not stand in a URI as is (non-ASCII text as UTF-8, spaces, quotes,
     * angle brackets); reserved characters and existing escapes stay, so the URL means the same.
     */
    static String ascii(String url) {
        StringBuilder out = null;
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = b > 0x20 && b < 0x7f && "\"<>\\^`{|}".indexOf(b) < 0;
            if (keep) {
                if (out != null) {
                    out.append((char) b);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(new String(bytes, 0, i, StandardCharsets.UTF_8));
                }
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out == null ? url : out.toString();
    }
}
