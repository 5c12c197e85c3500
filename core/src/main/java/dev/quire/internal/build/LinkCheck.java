package dev.quire.internal.build;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.Severity;
import dev.quire.internal.text.HtmlTags;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.model.SiteSettings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the links authors wrote against the site that was built: a link to a page or file that
 * does not exist, or to an anchor ({@code #section}) that a post or page does not have, is
 * reported at the line of the link: a warning in a build ({@code --strict} makes it an error), an
 * error in a check. External links are not checked: a build never depends on the network.
 */
final class LinkCheck {

    private final SiteSettings settings;
    private final LinkTargets targets;
    private final Map<String, Content> contentByOutput = new HashMap<>();
    private final Map<Content, Set<String>> anchors = new ConcurrentHashMap<>();
    private final Diagnostics diagnostics;
    private final Severity severity;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    LinkCheck(Site site, LinkTargets targets, Diagnostics diagnostics, Severity severity) {
        this.settings = site.settings();
        this.targets = targets;
        this.diagnostics = diagnostics;
        this.severity = severity;
        for (Content content : site.contents()) {
            contentByOutput.put(settings.outputFile(content.permalink()), content);
        }
    }

    void check(Content from, List<ContentLinks.Ref> refs) {
        for (ContentLinks.Ref ref : refs) {
            String message = message(from, ref.url());
            if (message != null) {
                reported.add(key(settings.outputFile(from.permalink()), ref.url()));
                diagnostics.report(new Diagnostic(severity, from.source(), ref.line(), message));
            }
        }
    }

    /** Whether the link {@code url} on the built page {@code file} was already reported at the line its author wrote it. */
    boolean reported(String file, String url) {
        return reported.contains(key(file, url));
    }

    private static String key(String file, String url) {
        return file + " " + url;
    }

    /** The report of a broken {@code url} written in {@code from}, or null when it leads somewhere. */
    private String message(Content from, String url) {
        if (ContentLinks.isFileLink(url)) {
            // Links to the files of posts and pages became their URLs before plugins ran
            // (ContentLinks.rewriteFileLinks): a link that still names a Markdown file names none of them.
            return "the link " + url + " points at a Markdown file that is not a post or page of this site";
        }
        String problem = problem(from, url);
        return problem == null ? null : "broken link " + url + ": " + problem;
    }

    /** What is wrong with {@code url} written in {@code from}, or null when it leads somewhere. */
    private String problem(Content from, String url) {
        // Relative to the URL the page is linked with, as a browser resolves it.
        LinkTargets.Target target = targets.resolve(settings.link(from.permalink()), url);
        if (target.broken()) {
            return target.problem();
        }
        String fragment = target.fragment();
        Content page = target.file() == null ? from : contentByOutput.get(target.file());
        if (fragment == null || fragment.isEmpty() || page == null) {
            return null;
        }
        return anchorsOf(page).contains(fragment) ? null : page.source() + " has no anchor #" + fragment;
    }

    private Set<String> anchorsOf(Content content) {
        return anchors.computeIfAbsent(content, c -> new HashSet<>(HtmlTags.ids(c.html())));
    }
}
