package dev.quire.internal.build;

import dev.quire.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks every link of every built HTML page, whoever wrote it: the author, a template or a
 * plugin. A {@code href}, {@code src} or {@code srcset} that leads to no file of the build, or a
 * {@code #fragment} that the page it leads to has no element for, is an error at the page's
 * output path and the line of its HTML. Pages are read back from the staged output, as a
 * browser would get them.
 */
final class BuiltSiteCheck {

    private final Path root;
    private final Set<String> written;
    private final LinkTargets targets;
    private final Diagnostics diagnostics;
    private final LinkCheck authors;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    /** @param authors the check of the links authors wrote: what it reported is not reported again */
    BuiltSiteCheck(Path root, Set<String> written, LinkTargets targets, LinkCheck authors, Diagnostics diagnostics) {
        this.authors = authors;
        this.root = root;
        this.written = written;
        this.targets = targets;
        this.diagnostics = diagnostics;
    }

    /** Checks all pages, in parallel. */
    void run(Workers workers) {
        List<String> pages = written.stream().filter(f -> f.endsWith(".html")).sorted().toList();
        workers.forEach(pages, this::check);
    }

    private void check(String file) {
        Document page = parse(file);
        if (page == null) {
            return;
        }
        String pageUrl = targets.urlOf(file);
        for (Element element : page.getAllElements()) {
            for (String url : links(element)) {
                String problem = problem(file, pageUrl, url);
                if (problem != null && !authors.reported(file, url)) {
                    diagnostics.error(file, element.sourceRange().start().lineNumber(),
                            "the built page links to " + url + ", which leads nowhere: " + problem);
                }
            }
        }
    }

    private String problem(String file, String pageUrl, String url) {
        LinkTargets.Target target = targets.resolve(pageUrl, url.strip());
        if (target.broken()) {
            return target.problem();
        }
        String fragment = target.fragment();
        // "#top" is the top of any page, by the HTML standard.
        if (fragment == null || fragment.isEmpty() || fragment.equals("top")) {
            return null;
        }
        String linked = target.file() == null ? file : target.file();
        if (!linked.endsWith(".html")) {
            return null;
        }
        return idsOf(linked).contains(fragment) ? null : linked + " has no element with id \"" + fragment + "\"";
    }

    private static List<String> links(Element element) {
        List<String> links = new ArrayList<>(2);
        for (String attribute : new String[] {"href", "src"}) {
            if (element.hasAttr(attribute)) {
                links.add(element.attr(attribute));
            }
        }
        if (element.hasAttr("srcset")) {
            for (String candidate : element.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+", 2)[0];
                if (!url.isEmpty()) {
                    links.add(url);
                }
            }
        }
        links.removeIf(String::isBlank);
        return links;
    }

    private Set<String> idsOf(String file) {
        return ids.computeIfAbsent(file, f -> {
            Set<String> found = new HashSet<>();
            Document page = parse(f);
            if (page != null) {
                page.getAllElements().forEach(e -> {
                    if (e.hasAttr("id")) {
                        found.add(e.id());
                    }
                    if (e.nameIs("a") && e.hasAttr("name")) {
                        found.add(e.attr("name"));
                    }
                });
            }
            return found;
        });
    }

    private Document parse(String file) {
        try {
            String html = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
            return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        } catch (IOException e) {
            diagnostics.error(file, 0, "cannot read the built page back: " + e.getMessage());
            return null;
        }
    }
}
