package dev.quire.plugin.images.asset;

import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.plugin.Digest;
import dev.quire.plugin.FileStamp;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.images.probe.BadImageException;
import dev.quire.plugin.images.probe.ImageHeader;
import dev.quire.plugin.images.probe.ImageProbe;
import dev.quire.plugin.images.resize.Variant;
import dev.quire.plugin.images.resize.VariantCache;
import dev.quire.plugin.images.scan.SiteFile;
import dev.quire.plugin.images.scan.SitePaths;
import dev.quire.plugin.images.scan.Use;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every file the posts of one build use, keyed by the file, with its published name, size and
 * resized copies. Built once, in parallel, from the whole site; read-only afterwards, so the
 * per-post work that follows may read it from many threads.
 */
public final class AssetCatalog {

    private static final String KNOWN_FILES = "files.tsv";

    private final Map<Path, Asset> byFile;

    private AssetCatalog(Map<Path, Asset> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    /** What one file turned out to be. */
    private record Facts(SiteFile file, String relative, Use use, String digest, ImageHeader header) {
    }

    /**
     * Hashes and measures every file, gives each distinct content one name, and makes the resized
     * copies that are not cached yet. Unreadable images are warned about and published without a size.
     *
     * @param files  every file used by a post, with how it is used (an image if any post shows it)
     * @param stamps what the file system said of some of the files earlier in this build, by file
     */
    public static AssetCatalog build(Map<SiteFile, Use> files, Map<Path, FileStamp> stamps, Site site,
            Responsive responsive, VariantCache cache, PluginContext context) {
        Path list = context.cacheDirectory().resolve(KNOWN_FILES);
        KnownFiles known = KnownFiles.of(list, context.memoFile("known files", list, KnownFiles::read));
        List<Facts> facts = files.entrySet().parallelStream()
                .map(e -> facts(e.getKey(), e.getValue(), stamps.get(e.getKey().file()), site, known, context))
                .flatMap(Optional::stream)
                .toList();
        Map<String, List<Facts>> byContent = facts.stream().collect(Collectors.groupingBy(Facts::digest, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), AssetCatalog::sortedByPath)));
        Map<Path, Asset> byFile = new HashMap<>();
        byContent.values().parallelStream()
                .map(group -> Map.entry(group, publish(group, site, responsive, cache, context)))
                .toList()
                .forEach(entry -> entry.getKey().forEach(f -> byFile.put(f.file().file(), entry.getValue())));
        try {
            known.save();
        } catch (IOException e) {
            context.info(null, 0, "cannot save what the images plugin read (" + e.getMessage()
                    + "); the next build reads every picture again");
        }
        return new AssetCatalog(byFile);
    }

    private static List<Facts> sortedByPath(List<Facts> group) {
        List<Facts> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing(Facts::relative));
        return sorted;
    }

    private static Optional<Facts> facts(SiteFile file, Use use, FileStamp stamped, Site site, KnownFiles known,
            PluginContext context) {
        String relative = SitePaths.relative(site.root(), file.file());
        try {
            KnownFiles.Facts stamp = stamped != null ? KnownFiles.stamp(stamped) : KnownFiles.stamp(file.file());
            KnownFiles.Facts earlier = known.get(relative, stamp);
            String digest = earlier != null ? earlier.digest() : Digest.ofFile(file.file());
            ImageHeader header = earlier != null ? earlier.header() : null;
            if (use == Use.IMAGE && header == null) {
                try {
                    header = ImageProbe.read(file.file());
                } catch (BadImageException e) {
                    context.warning(relative, 0, "cannot read the image's width and height: " + e.getMessage()
                            + "; it is published without them");
                }
            }
            known.put(relative, new KnownFiles.Facts(stamp.size(), stamp.modified(), digest, header));
            return Optional.of(new Facts(file, relative, use, digest, header));
        } catch (IOException e) {
            context.error(relative, 0, "cannot read this file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** One name for files with the same bytes: a static file's own path if one is static, else a hashed name. */
    private static Asset publish(List<Facts> group, Site site, Responsive responsive, VariantCache cache,
            PluginContext context) {
        Facts first = group.get(0);
        Use use = group.stream().anyMatch(f -> f.use() == Use.IMAGE) ? Use.IMAGE : Use.FILE;
        ImageHeader header = group.stream().map(Facts::header).filter(Objects::nonNull).findFirst().orElse(null);
        Optional<Facts> staticFile = group.stream().filter(f -> f.file().isStatic()).findFirst();
        String fileName = first.file().file().getFileName().toString();
        String outputPath = null;
        String url;
        if (staticFile.isPresent()) {
            url = site.url(Urls.encodeForHtml(staticFile.get().file().staticPath()));
        } else {
            String folder = use == Use.IMAGE ? AssetNames.IMAGES : AssetNames.FILES;
            outputPath = AssetNames.name(folder, fileName, "", first.digest(), AssetNames.extension(fileName));
            url = site.url(Urls.encodeForHtml(outputPath));
        }
        List<Asset.PublishedVariant> variants = header == null || !VariantCache.canResize(header) ? List.of()
                : variants(first, header, fileName, site, responsive, cache, context);
        return new Asset(url, outputPath, first.file().file(), header, variants);
    }

    private static List<Asset.PublishedVariant> variants(Facts source, ImageHeader header, String fileName, Site site,
            Responsive responsive, VariantCache cache, PluginContext context) {
        List<Integer> widths = responsive.widthsFor(header.width());
        if (widths.isEmpty()) {
            return List.of();
        }
        try {
            List<Asset.PublishedVariant> published = new ArrayList<>();
            for (Variant variant : cache.variants(source.file().file(), source.digest(), header, widths)) {
                // Named by what the copy is made from (the cache file's name holds the source's hash,
                // the width and the settings), so a warm build need not read the copy to name it.
                String made = Digest.of(variant.file().getFileName().toString());
                String outputPath = AssetNames.name(AssetNames.IMAGES, fileName, "-" + variant.width() + "w", made,
                        variant.format().extension());
                published.add(new Asset.PublishedVariant(variant.width(), site.url(Urls.encodeForHtml(outputPath)),
                        outputPath, variant.file()));
            }
            return published;
        } catch (BadImageException e) {
            context.warning(source.relative(), 0, e.getMessage() + "; only the full-size image is published");
        } catch (IOException e) {
            context.error(source.relative(), 0, "cannot make the resized copies of this image: " + e.getMessage());
        }
        return List.of();
    }

    /** The published form of {@code file} (absolute, real); empty when it was not part of the build. */
    public Optional<Asset> get(Path file) {
        return Optional.ofNullable(byFile.get(file));
    }

    /**
     * Writes every file that is not static, and every resized copy, each once; counts the pictures.
     * Resized copies are copied like the other files, so that a build in a session compares their
     * sizes and times with what it published before, not their bytes; a cache folder the site
     * reaches through a link that leads out of it cannot be copied from, and its files are written.
     */
    public void write(Site site, Output output, PluginContext context) {
        context.count("images", byFile.values().stream().filter(a -> a.header() != null).map(Asset::url).distinct().count());
        Map<String, Path> copies = new TreeMap<>();
        Map<String, Path> variants = new TreeMap<>();
        for (Asset asset : byFile.values()) {
            if (asset.outputPath() != null) {
                copies.put(asset.outputPath(), asset.source());
            }
            asset.variants().forEach(v -> (site.isInside(v.cacheFile()) ? copies : variants).put(v.outputPath(), v.cacheFile()));
        }
        copies.entrySet().parallelStream().forEach(e -> {
            if (claim(output, e.getKey(), context)) {
                output.copy(e.getKey(), e.getValue());
            }
        });
        variants.entrySet().parallelStream().forEach(e -> {
            if (claim(output, e.getKey(), context)) {
                try {
                    output.write(e.getKey(), Files.readAllBytes(e.getValue()));
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot read the cached copy " + e.getValue() + ": " + ex.getMessage(), ex);
                }
            }
        });
    }

    private static boolean claim(Output output, String path, PluginContext context) {
        if (output.exists(path)) {
            context.error("static/" + path, 0, "this static file has the path of a file the images plugin "
                    + "publishes; rename it or move it out of static/assets/");
            return false;
        }
        return true;
    }
}
