package dev.quire.plugin.images;

import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.FileStamp;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import dev.quire.plugin.images.asset.Asset;
import dev.quire.plugin.images.asset.AssetCatalog;
import dev.quire.plugin.images.asset.Responsive;
import dev.quire.plugin.images.html.ImageAttributes;
import dev.quire.plugin.images.resize.VariantCache;
import dev.quire.plugin.images.scan.ContentScan;
import dev.quire.plugin.images.scan.ContentScanner;
import dev.quire.plugin.images.scan.LinkSummary;
import dev.quire.plugin.images.scan.SiteFile;
import dev.quire.plugin.images.scan.Use;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Publishes the pictures and files of posts. The whole site is planned and its files published
 * once, when the site is loaded — names of identical files must not depend on which post a thread
 * reached first — then each post's AST is rewritten in parallel, and the files are written last.
 */
public final class ImagesPlugin implements QuirePlugin {

    private ImagesSettings settings;
    private final Map<Content, PostPlan> plans = new ConcurrentHashMap<>();
    private final Map<Content, ContentScan> scans = new ConcurrentHashMap<>();
    /** What the file system said of the files posts name, by file, while they were planned. */
    private final Map<Path, FileStamp> stamps = new ConcurrentHashMap<>();
    private AssetCatalog catalog;
    private ContentRewriter rewriter;

    @Override
    public String name() {
        return "images";
    }

    @Override
    public Optional<Class<?>> settingsType() {
        return Optional.of(ImagesSettings.class);
    }

    /** Before other plugins, so their transforms see the post's published images and cover. */
    @Override
    public int order() {
        return 50;
    }

    @Override
    public void init(PluginContext context) {
        settings = context.settings(ImagesSettings.class);
        String problem = settings.problem();
        if (problem != null) {
            context.error("quire.yml", 0, problem);
        }
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        Planner planner = new Planner(site);
        site.contents().parallelStream().forEach(content -> {
            LinkSummary links = links(content, context);
            if (namesFiles(content, links)) {
                Planner.Planned planned = plan(planner, content, links, stamps, context);
                planned.reports().replay(context);
                plans.put(content, planned.plan());
            }
        });
        Map<SiteFile, Use> files = plans.values().stream().flatMap(Planner::uses)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, ImagesPlugin::stronger));
        // The cache folder as the site's own (real) folder names it: the output copies only from there.
        Path cacheFolder = site.root().resolve(context.options().site().relativize(context.cacheDirectory()));
        VariantCache cache = new VariantCache(cacheFolder, settings.quality().floatValue());
        catalog = AssetCatalog.build(files, stamps, site, new Responsive(settings.widths(), settings.widerThan()), cache,
                context);
        rewriter = new ContentRewriter(catalog, new ImageAttributes(settings.sizes()));
    }

    /**
     * What the content links to, remembered per version of its file, so that an incremental build
     * parses no unchanged post to plan it. A scan made now is kept for this build's transform,
     * which rewrites the nodes it found (only for a content that names files: the others are not
     * transformed, and their ASTs must not be kept alive).
     */
    private LinkSummary links(Content content, PluginContext context) {
        return context.memo("links", content.revision(), () -> {
            ContentScan scan = ContentScanner.scan(content);
            LinkSummary links = LinkSummary.of(scan);
            if (namesFiles(content, links)) {
                scans.put(content, scan);
            }
            return links;
        });
    }

    /**
     * What a post's plan is made from: the version of the post, and what the file system says of
     * each path its links name.
     */
    private record PlanSource(String revision, List<FileStamp> targets) implements Serializable {
    }

    /**
     * The post's plan, made once per version of the post and of the files it names in a session:
     * resolving every link of every post again costs a dozen system calls per link, one look at
     * each named file does not. A post naming a missing file is planned again in every build: its
     * message suggests other files, which may have come since.
     */
    private static Planner.Planned plan(Planner planner, Content content, LinkSummary links,
            Map<Path, FileStamp> seen, PluginContext context) {
        if (content.revision() == null) {
            return planner.plan(content, links); // a build outside a session: nothing to remember it for
        }
        List<String> targets = context.memo("targets", content.revision(), () -> planner.targets(content, links));
        List<FileStamp> stamps = new ArrayList<>(targets.size());
        for (String target : targets) {
            Path file = Path.of(target);
            Optional<FileStamp> stamp = FileStamp.settled(file);
            if (stamp.isEmpty() || !stamp.get().exists()) {
                return planner.plan(content, links);
            }
            stamps.add(stamp.get());
            seen.put(file, stamp.get());
        }
        return context.memo("plan", new PlanSource(content.revision(), stamps), () -> planner.plan(content, links));
    }

    /** True when the post names a file (an image, a link, an import, a front matter image) or has a cover. */
    private static boolean namesFiles(Content content, LinkSummary links) {
        return content.image() != null || !content.imports().isEmpty() || links.mayNameFile();
    }

    /**
     * A post that names no file reads nothing of the plugin; one that does reads its plan (which
     * files its links resolved to, which are missing, its cover) and the published form of
     * exactly those files (names, sizes, resized copies).
     */
    @Override
    public Object transformInputs(Content content, PluginContext context) {
        PostPlan plan = plans.get(content);
        if (plan == null) {
            return List.of();
        }
        Map<Path, Asset> assets = new HashMap<>();
        Planner.uses(plan).map(use -> use.getKey().file())
                .forEach(file -> catalog.get(file).ifPresent(asset -> assets.put(file, asset)));
        return new RewriteInputs(plan, Map.copyOf(assets));
    }

    /** What rewriting one post reads: its plan and the published form of its files. */
    private record RewriteInputs(PostPlan plan, Map<Path, Asset> assets) {
    }

    /** A file shown as a picture anywhere is published as an image, with its size. */
    private static Use stronger(Use a, Use b) {
        return a == Use.IMAGE || b == Use.IMAGE ? Use.IMAGE : Use.FILE;
    }

    @Override
    public void transform(Content content, PluginContext context) {
        PostPlan plan = plans.remove(content);
        if (plan != null) {
            ContentScan scan = scans.remove(content);
            rewriter.rewrite(content, scan != null ? scan : ContentScanner.scan(content), plan);
        }
    }

    @Override
    public void write(Site site, Output output, PluginContext context) {
        catalog.write(site, output, context);
    }
}
