package dev.quire.plugin.images.scan;

import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the links of a post to files of the site, the way Docusaurus does: relative to the
 * post's folder, {@code /x} inside {@code static/}, {@code @site/x} from the site folder. Only
 * {@link Site#resolveFile} decides what is inside the site; whatever leads out is refused.
 * Problems are reported with the post's file and line. Safe to use from many threads.
 */
public final class LinkResolver {

    /** Links to these are pages, which the core resolves, not files to publish. */
    private static final Set<String> PAGE_EXTENSIONS = Set.of("", "md", "mdx", "html", "htm");

    private final Site site;
    private final Path staticRoot;

    public LinkResolver(Site site) {
        this.site = site;
        this.staticRoot = site.root().resolve("static");
    }

    /** False for links that never name a file of the site: URLs, anchors, queries. */
    public static boolean mayNameFile(String link) {
        return !(link.isEmpty() || link.startsWith("#") || link.startsWith("?") || Urls.isExternal(link));
    }

    /** Where a link to a file is looked for: a path written from a folder. */
    private record Location(Path base, String path) {
    }

    /** Where the reference points, or null when it is not one to a file of the site (a URL, an anchor, a page). */
    private Location locate(Content content, Reference reference) {
        String link = reference.link();
        if (!mayNameFile(link)) {
            return null;
        }
        if (reference.use() == Use.FILE && PAGE_EXTENSIONS.contains(Imports.extension(link))) {
            return null;
        }
        if (link.startsWith(Imports.SITE_ALIAS)) {
            return new Location(site.root(), link.substring(Imports.SITE_ALIAS.length()));
        }
        return new Location(content.directory(), link.startsWith("/") ? withoutBaseUrl(link) : link);
    }

    /**
     * The path {@link #resolve} looks at for {@code reference}, found without the file system, so
     * it is the same for the same post: empty when the reference is not one to a file of the site,
     * or is not a valid path.
     */
    public Optional<Path> target(Content content, Reference reference) {
        Location location = locate(content, reference);
        if (location == null) {
            return Optional.empty();
        }
        try {
            return site.pathOf(location.base(), location.path());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @return the file, or empty when the link is not one to a file of the site (a URL, an anchor,
     *         a page) or when it is broken, which is then reported as an error to {@code reports}
     */
    public Optional<SiteFile> resolve(Content content, Reference reference, Reports reports) {
        Location location = locate(content, reference);
        if (location == null) {
            return Optional.empty();
        }
        String link = reference.link();
        String path = location.path();
        boolean linked = reference.use() == Use.FILE;
        Optional<Path> found;
        try {
            found = site.resolveFile(location.base(), path);
        } catch (IllegalArgumentException e) {
            report(reports, content, reference, "'" + link + "' is not a valid path: " + e.getMessage());
            return Optional.empty();
        }
        if (found.isEmpty()) {
            report(reports, content, reference, "'" + link + "' " + outsideReason(path)
                    + "; a post may only use files inside the site folder, so it is not read");
            return Optional.empty();
        }
        Path file = found.get();
        if (!Files.exists(file)) {
            // Left to the core's link check, which warns (fails under --strict): a link to a static
            // file that is missing, and a picture in raw HTML, which Docusaurus does not check.
            boolean leftToLinkCheck = linked ? path.startsWith("/") : reference.raw();
            if (!leftToLinkCheck) {
                report(reports, content, reference, missing(content, link, path, file));
            }
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            report(reports, content, reference, "'" + link + "' is a folder, not a file");
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            String staticPath = real.startsWith(staticRoot) ? SitePaths.relative(staticRoot, real) : null;
            return Optional.of(new SiteFile(real, staticPath));
        } catch (IOException e) {
            report(reports, content, reference, "cannot read '" + link + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code useBaseUrl('/img/x.png')} already put the base URL in front; static files do not have it. */
    private String withoutBaseUrl(String link) {
        String baseUrl = site.settings().baseUrl();
        return !baseUrl.equals("/") && link.startsWith(baseUrl) ? link.substring(baseUrl.length() - 1) : link;
    }

    private static String outsideReason(String path) {
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = path;
        }
        boolean climbs = Arrays.asList(decoded.split("[/\\\\]")).contains("..");
        return climbs ? "leads outside the site folder"
                : "is, or goes through, a symbolic link that points outside the site folder";
    }

    private String missing(Content content, String link, String path, Path file) {
        String what = link.startsWith("/") ? "static/" + SitePaths.relative(staticRoot, file)
                : SitePaths.relative(site.root(), file);
        StringBuilder message = new StringBuilder("'").append(link).append("' not found: there is no ").append(what);
        Suggestions.closest(file, site.root(), site::isInside)
                .map(candidate -> asWritten(content, link, path, candidate))
                .ifPresent(candidate -> message.append("; did you mean '").append(candidate).append("'?"));
        return message.toString();
    }

    /** A suggested file, written the way the author wrote the missing link; null if it cannot be. */
    private String asWritten(Content content, String link, String path, Path candidate) {
        if (link.startsWith(Imports.SITE_ALIAS)) {
            return Imports.SITE_ALIAS + SitePaths.relative(site.root(), candidate);
        }
        if (link.startsWith("/")) {
            return candidate.startsWith(staticRoot) ? "/" + SitePaths.relative(staticRoot, candidate) : null;
        }
        String relative = SitePaths.relative(content.directory(), candidate);
        return path.startsWith("./") && !relative.startsWith("../") ? "./" + relative : relative;
    }

    private static void report(Reports reports, Content content, Reference reference, String message) {
        String what = reference.use() == Use.IMAGE ? "image " : "linked file ";
        reports.error(content.source(), reference.line(), what + message);
    }
}
