package dev.quire.plugin.images;

import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import dev.quire.plugin.images.asset.AssetCatalog;
import dev.quire.plugin.images.asset.Responsive;
import dev.quire.plugin.images.html.ImageAttributes;
import dev.quire.plugin.images.resize.VariantCache;
import dev.quire.plugin.images.scan.SiteFile;
import dev.quire.plugin.images.scan.Use;
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
        Planner planner = new Planner(site, context);
        site.contents().parallelStream().forEach(content -> plans.put(content, planner.plan(content)));
        Map<SiteFile, Use> files = plans.values().stream().flatMap(Planner::uses)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, ImagesPlugin::stronger));
        VariantCache cache = new VariantCache(context.cacheDirectory(), settings.quality().floatValue());
        catalog = AssetCatalog.build(files, site, new Responsive(settings.widths(), settings.widerThan()), cache, context);
        rewriter = new ContentRewriter(catalog, new ImageAttributes(settings.sizes()));
    }

    /** A file shown as a picture anywhere is published as an image, with its size. */
    private static Use stronger(Use a, Use b) {
        return a == Use.IMAGE || b == Use.IMAGE ? Use.IMAGE : Use.FILE;
    }

    @Override
    public void transform(Content content, PluginContext context) {
        PostPlan plan = plans.remove(content);
        if (plan != null) {
            rewriter.rewrite(content, plan);
        }
    }

    @Override
    public void write(Site site, Output output, PluginContext context) {
        catalog.write(output, context);
    }
}
