package dev.quire.internal.build;

import dev.quire.model.Site;
import dev.quire.model.SiteSettings;
import dev.quire.model.Urls;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where an internal link leads in a built site: the one place that decides it, for the links
 * authors wrote ({@link LinkCheck}) and for every link of the built pages ({@link BuiltSiteCheck}).
 * A link is resolved against the URL of the page it is on, the way a browser does, and looked
 * up among the files written, as a file, a folder with an index, or a page.
 */
final class LinkTargets {

    /**
     * What a link leads to.
     *
     * @param file     the output file it names, relative to the output root; null for a link to
     *                 the page itself ({@code #x}) and for links that are not checked
     * @param fragment the decoded {@code #fragment}, or null when there is none
     * @param problem  why it leads nowhere, or null when it leads somewhere
     */
    record Target(String file, String fragment, String problem) {
        static final Target UNCHECKED = new Target(null, null, null);

        boolean broken() {
            return problem != null;
        }
    }

    private final String baseUrl;
    private final Set<String> written;
    private final Map<String, String> contentUrls = new HashMap<>();

    /** @param written the files of the build, relative to the output root */
    LinkTargets(Site site, Set<String> written) {
        SiteSettings settings = site.settings();
        this.baseUrl = settings.baseUrl();
        this.written = written;
        site.contents().forEach(c -> contentUrls.put(settings.outputFile(c.permalink()), settings.link(c.permalink())));
    }

    /** Resolves {@code url} as written on the page at {@code pageUrl} (a URL path such as {@code /blog/x/}). */
    Target resolve(String pageUrl, String url) {
        if (Urls.isExternal(url) || url.startsWith("data:") || url.startsWith("//")) {
            return Target.UNCHECKED;
        }
        String rest = url;
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = decode(rest.substring(hash + 1));
            rest = rest.substring(0, hash);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.isEmpty()) {
            return new Target(null, fragment, null);
        }
        String path = resolvePath(pageUrl, decode(rest));
        if (!path.startsWith(baseUrl) && !(path + "/").equals(baseUrl)) {
            return new Target(null, fragment, "it leads outside the site's base URL " + baseUrl);
        }
        String relative = path.length() <= baseUrl.length() ? "" : path.substring(baseUrl.length());
        String found = existing(relative);
        return found == null ? new Target(null, fragment, "no page or file at " + path) : new Target(found, fragment, null);
    }

    /**
     * The URL path a built page is linked with, which its relative links resolve against: a post's
     * or page's URL; for the other pages (whose links the theme roots at {@code /}) the file's own
     * path, e.g. {@code blog/tags/index.html} → {@code /blog/tags/}.
     */
    String urlOf(String file) {
        String content = contentUrls.get(file);
        if (content != null) {
            return content;
        }
        String path = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
        return baseUrl + path;
    }

    /** The output file a site path names, trying it as a file, a folder and a page; null if none. */
    private String existing(String relative) {
        if (relative.isEmpty() || relative.endsWith("/")) {
            String index = relative + "index.html";
            return written.contains(index) ? index : null;
        }
        for (String candidate : new String[] {relative, relative + "/index.html", relative + ".html"}) {
            if (written.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Resolves a link against the URL of the page it is on, like a browser, without a URI parser (Korean stays). */
    static String resolvePath(String pageUrl, String link) {
        String joined = link.startsWith("/") ? link : pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1) + link;
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = joined.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                parts.pollLast();
                if (last) {
                    parts.addLast("");
                }
            } else if (segment.equals(".")) {
                if (last) {
                    parts.addLast("");
                }
            } else if (!segment.isEmpty() || last) {
                parts.addLast(segment);
            }
        }
        return "/" + String.join("/", parts);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
