package dev.quire.model;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Small URL helpers shared by the core, plugins and themes. */
public final class Urls {

    private static final String HEX = "0123456789ABCDEF";
    /** Compiled once: every link of every post is asked about, in each build. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private Urls() {
    }

    /**
     * Percent-encodes what may not stand in a URL path as is: non-ASCII text (as UTF-8), spaces,
     * quotes and the like. {@code /}, unreserved characters and existing {@code %XX} escapes stay.
     * Use it where readers need plain ASCII (feeds, sitemaps, HTTP headers); HTML may keep Korean.
     */
    public static String encodePath(String path) {
        StringBuilder out = null;
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = b < 0x80 && (isUnreserved(b) || "/:@!$&'()*+,;=".indexOf(b) >= 0
                    || b == '%' && isEscape(bytes, i));
            if (keep) {
                if (out != null) {
                    out.append((char) b);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(new String(bytes, 0, i, StandardCharsets.UTF_8));
                }
                out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xf));
            }
        }
        return out == null ? path : out.toString();
    }

    /** Encodes only what would break an HTML attribute or a URL in it; keeps Korean readable. */
    public static String encodeForHtml(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '"' -> out.append("%22");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '`' -> out.append("%60");
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '|' -> out.append("%7C");
                case '\\' -> out.append("%5C");
                case '^' -> out.append("%5E");
                case '#' -> out.append("%23");
                case '?' -> out.append("%3F");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Joins URL path segments with single slashes, as Docusaurus's {@code normalizeUrl} does, and
     * drops a trailing slash: {@code join("/", "blog", "tags/")} is {@code /blog/tags}.
     */
    public static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != '/') {
                out.append('/');
            }
            int start = 0;
            while (start < part.length() && part.charAt(start) == '/') {
                start++;
            }
            out.append(part, start, part.length());
        }
        String joined = out.length() == 0 ? "/" : out.toString().replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /**
     * Like {@link #join}, but keeps the trailing slash of the last segment, as Docusaurus does for
     * permalinks: {@code joinKeepingSlash("/", "blog", "notes/")} is {@code /blog/notes/}.
     */
    public static String joinKeepingSlash(String... parts) {
        String joined = join(parts);
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i] != null && !parts[i].isEmpty()) {
                return parts[i].endsWith("/") && !joined.endsWith("/") ? joined + "/" : joined;
            }
        }
        return joined;
    }

    /** True for {@code http:}, {@code mailto:}, protocol-relative {@code //host} and the like. */
    public static boolean isExternal(String link) {
        return link.startsWith("//") || SCHEME.matcher(link).matches();
    }

    private static boolean isUnreserved(int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                || b == '-' || b == '.' || b == '_' || b == '~';
    }

    private static boolean isEscape(byte[] bytes, int i) {
        return i + 2 < bytes.length && HEX.indexOf(Character.toUpperCase(bytes[i + 1])) >= 0
                && HEX.indexOf(Character.toUpperCase(bytes[i + 2])) >= 0;
    }
}
