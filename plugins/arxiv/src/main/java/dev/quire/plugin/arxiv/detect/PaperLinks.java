package dev.quire.plugin.arxiv.detect;

import dev.quire.plugin.arxiv.ArxivId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds arXiv ids in URLs and in text. Pure functions: no AST, no I/O.
 *
 * <p>URLs: {@code arxiv.org/abs/ID}, {@code /pdf/ID[.pdf]}, {@code /html/ID}, the same on
 * {@code export.arxiv.org}, {@code huggingface.co/papers/ID}, {@code hf.co/papers/ID},
 * {@code alphaxiv.org/abs/ID}, {@code ar5iv.labs.arxiv.org/html/ID}, {@code ar5iv.org/abs/ID}
 * (and {@code /html/ID}), each with {@code http}, {@code https} or no scheme, any query or fragment.
 * Text: {@code arXiv:ID}, in any letter case.
 */
public final class PaperLinks {

    /** Where a link to a paper points. */
    public enum Host { ARXIV, HUGGING_FACE, ALPHAXIV, AR5IV }

    /** A paper found in a URL and where the URL points. */
    public record Found(ArxivId id, Host host) {
    }

    /** A paper named in text: {@code text.substring(start, end)} is the whole {@code arXiv:ID}. */
    public record Mention(ArxivId id, int start, int end) {
    }

    private record Route(Host host, List<String> prefixes) {
    }

    private static final List<String> ARXIV_PATHS = List.of("/abs/", "/pdf/", "/html/");
    private static final Map<String, Route> ROUTES = Map.of(
            "arxiv.org", new Route(Host.ARXIV, ARXIV_PATHS),
            "www.arxiv.org", new Route(Host.ARXIV, ARXIV_PATHS),
            "export.arxiv.org", new Route(Host.ARXIV, ARXIV_PATHS),
            "huggingface.co", new Route(Host.HUGGING_FACE, List.of("/papers/")),
            "www.huggingface.co", new Route(Host.HUGGING_FACE, List.of("/papers/")),
            "hf.co", new Route(Host.HUGGING_FACE, List.of("/papers/")),
            "alphaxiv.org", new Route(Host.ALPHAXIV, List.of("/abs/")),
            "www.alphaxiv.org", new Route(Host.ALPHAXIV, List.of("/abs/")),
            "ar5iv.labs.arxiv.org", new Route(Host.AR5IV, List.of("/html/", "/abs/")),
            "ar5iv.org", new Route(Host.AR5IV, List.of("/html/", "/abs/")));

    private static final Pattern SCHEME = Pattern.compile("^(?i:https?:)?//");
    private static final String ID_TEXT = "\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?";
    /** {@code arXiv:ID} as a word of its own: not glued to letters before, not running on after. */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\w/.:-])(?i:arxiv):(" + ID_TEXT + ")(?![\\w/-]|\\.\\w)");

    private PaperLinks() {
    }

    /** The paper a URL points to, if it is one of the forms above with a valid id. */
    public static Optional<Found> inUrl(String url) {
        String rest = url.strip();
        Matcher scheme = SCHEME.matcher(rest);
        if (scheme.find()) {
            rest = rest.substring(scheme.end());
        } else if (rest.contains("://")) {
            return Optional.empty();
        }
        int cut = indexOfAny(rest, "?#");
        if (cut >= 0) {
            rest = rest.substring(0, cut);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Route route = ROUTES.get(host(rest.substring(0, slash)));
        if (route == null) {
            return Optional.empty();
        }
        String path = rest.substring(slash);
        for (String prefix : route.prefixes()) {
            if (path.startsWith(prefix)) {
                return idOf(path.substring(prefix.length()), prefix.equals("/pdf/"))
                        .map(id -> new Found(id, route.host()));
            }
        }
        return Optional.empty();
    }

    /** Every {@code arXiv:ID} in {@code text}, in order. */
    public static List<Mention> inText(CharSequence text) {
        String plain = text.toString();
        if (!hasArxivColon(plain)) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher m = MENTION.matcher(plain);
        while (m.find()) {
            ArxivId.parse(m.group(1)).ifPresent(id -> found.add(new Mention(id, m.start(), m.end())));
        }
        return found;
    }

    /**
     * Whether {@code arXiv:} (in any case) is in the text: every mention has it, and looking for it
     * first spares the pattern's look-behind at each character of the many texts that name no paper.
     */
    private static boolean hasArxivColon(String text) {
        String arxiv = "arxiv";
        for (int colon = text.indexOf(':', arxiv.length()); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (text.regionMatches(true, colon - arxiv.length(), arxiv, 0, arxiv.length())) {
                return true;
            }
        }
        return false;
    }

    /** The host of an authority: without user info, port, trailing dot; lower case. */
    private static String host(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.toLowerCase(Locale.ROOT);
    }

    private static Optional<ArxivId> idOf(String tail, boolean pdf) {
        String id = tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail;
        if (pdf && id.endsWith(".pdf")) {
            id = id.substring(0, id.length() - ".pdf".length());
        }
        return ArxivId.parse(id);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
