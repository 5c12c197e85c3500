package dev.quire.internal.build;

import dev.quire.diagnostics.Diagnostics;
import dev.quire.internal.content.HtmlTags;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the links authors wrote against the site that was built: a link to a page or file that
 * does not exist, or to an anchor ({@code #section}) that a post or page does not have, is a
 * warning at the line of the link ({@code --strict} makes it an error). External links are not
 * checked: a build never depends on the network.
 */
final class LinkCheck {

    private final Site site;
    private final Set<String> written;
    private final Map<String, Content> contentByOutput = new HashMap<>();
    private final Map<Content, Set<String>> anchors = new ConcurrentHashMap<>();
    private final Diagnostics diagnostics;

    LinkCheck(Site site, Set<String> written, Diagnostics diagnostics) {
        this.site = site;
        this.written = written;
        this.diagnostics = diagnostics;
        for (Content content : site.contents()) {
            contentByOutput.put(outputOf(Routes.dir(content.permalink())), content);
        }
    }

    void check(Content from, List<ContentLinks.Ref> refs) {
        for (ContentLinks.Ref ref : refs) {
            String problem = problem(from, ref.url());
            if (problem != null) {
                diagnostics.warning(from.source(), ref.line(), "broken link " + ref.url() + ": " + problem);
            }
        }
    }

    /** What is wrong with {@code url} written in {@code from}, or null when it leads somewhere. */
    private String problem(Content from, String url) {
        if (Urls.isExternal(url) || url.startsWith("data:") || ContentLinks.isFileLink(url)) {
            return null;
        }
        String rest = url;
        int query = rest.indexOf('?');
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        if (query >= 0 && (hash < 0 || query < hash)) {
            rest = rest.substring(0, query);
        }
        Content target;
        if (rest.isEmpty()) {
            target = from;
        } else {
            String path = resolve(Routes.dir(from.permalink()), decode(rest));
            String base = site.settings().baseUrl();
            if (!path.startsWith(base) && !(path + "/").equals(base)) {
                return "it leads outside the site's base URL " + base;
            }
            String relative = path.length() <= base.length() ? "" : path.substring(base.length());
            String found = existing(relative);
            if (found == null) {
                return "no page or file at " + path;
            }
            target = contentByOutput.get(found);
        }
        if (fragment == null || fragment.isEmpty() || target == null) {
            return null;
        }
        String id = decode(fragment);
        return anchorsOf(target).contains(id) ? null : target.source() + " has no anchor #" + id;
    }

    private Set<String> anchorsOf(Content content) {
        return anchors.computeIfAbsent(content, c -> new HashSet<>(HtmlTags.ids(c.html())));
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

    private String outputOf(String url) {
        String base = site.settings().baseUrl();
        String relative = url.length() <= base.length() ? "" : url.substring(base.length());
        return relative + "index.html";
    }

    /** Resolves a link against the URL of the page it is on, like a browser, without a URI parser (Korean stays). */
    static String resolve(String pageUrl, String link) {
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
