package dev.quire.theme.pebble;

import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points the relative {@code url(…)} references of a stylesheet at the fingerprinted names of the
 * assets they mean. References to anything else (absolute URLs, {@code data:}, files that are not
 * theme assets) are left as they are.
 */
final class CssUrls {

    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

    private CssUrls() {
    }

    /**
     * @param name    the stylesheet's asset name, e.g. {@code katex/katex.min.css}
     * @param outputs the published name of each asset by its name
     * @param found   told the name of each asset the stylesheet points at
     */
    static String rewrite(String name, String css, Map<String, String> outputs, Consumer<String> found) {
        String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        Matcher m = URL.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (m.find()) {
            String reference = m.group(2).strip();
            String target = resolve(folder, reference);
            String output = target == null ? null : outputs.get(target);
            if (output != null) {
                found.accept(target);
            }
            String replacement = output == null ? m.group() : "url(" + m.group(1)
                    + relativeTo(folder, output) + suffix(reference) + m.group(1) + ")";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The asset name a relative reference points at, or null when it is not relative. */
    private static String resolve(String folder, String reference) {
        if (reference.startsWith("/") || reference.startsWith("#") || reference.contains(":")) {
            return null;
        }
        try {
            String resolved = URI.create("x:/" + folder).resolve(stripSuffix(reference).replace(" ", "%20")).getPath();
            return resolved != null && resolved.startsWith("/") ? resolved.substring(1) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String relativeTo(String folder, String output) {
        return output.startsWith(folder) ? output.substring(folder.length())
                : "../".repeat((int) folder.chars().filter(c -> c == '/').count()) + output;
    }

    private static String stripSuffix(String reference) {
        int cut = reference.indexOf('?');
        int hash = reference.indexOf('#');
        if (cut < 0 || (hash >= 0 && hash < cut)) {
            cut = hash;
        }
        return cut < 0 ? reference : reference.substring(0, cut);
    }

    private static String suffix(String reference) {
        return reference.substring(stripSuffix(reference).length());
    }
}
