package dev.quire.theme.pebble;

import dev.quire.plugin.Digest;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The static files of a theme: {@code assets/} of each layer and the WebJar files its
 * {@code theme.yml} names (a more specific layer wins), each published under a name with its
 * content hash, {@code assets/quire.1a2b3c4d.css}, so browsers may cache them forever. Relative
 * {@code url(…)} references in stylesheets (fonts, images) are rewritten to the hashed names.
 *
 * <p>Only what pages use is published: the assets templates asked for with {@code asset()} and
 * the files their stylesheets point at. A site without math ships no KaTeX fonts.
 */
final class Assets {

    private static final String FOLDER = "assets/";

    /**
     * One asset.
     *
     * @param output   its published path, e.g. {@code assets/quire.1a2b3c4d.css}
     * @param bytes    its content (stylesheets with rewritten references)
     * @param requires the names of the assets it points at (for stylesheets)
     */
    private record Asset(String output, byte[] bytes, Set<String> requires) {
    }

    private final Map<String, Asset> byName;
    private final String baseUrl;
    /** The names of the assets the page being rendered on this thread uses. */
    private static final ThreadLocal<Set<String>> USED = new ThreadLocal<>();

    private Assets(Map<String, Asset> byName, String baseUrl) {
        this.byName = byName;
        this.baseUrl = baseUrl;
    }

    static Assets collect(List<ThemeLayers.Layer> layers, String baseUrl, ClassLoader loader) {
        Map<String, Path> sources = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            ThemeLayers.Layer layer = layers.get(i);
            for (WebJarFiles webjar : layer.manifest().webjars()) {
                sources.putAll(webjar.collect(loader));
            }
            if (layer.root() != null) {
                sources.putAll(folder(layer.root().resolve("assets")));
            }
        }
        Map<String, Asset> assets = new TreeMap<>();
        Map<String, String> outputs = new TreeMap<>();
        sources.forEach((name, file) -> {
            if (!isStylesheet(name)) {
                byte[] bytes = read(file);
                String output = fingerprint(name, bytes);
                outputs.put(name, output);
                assets.put(name, new Asset(FOLDER + output, bytes, Set.of()));
            }
        });
        // Stylesheets last: their hash must cover the hashed names of the files they point at.
        sources.forEach((name, file) -> {
            if (isStylesheet(name)) {
                Set<String> requires = new TreeSet<>();
                String css = CssUrls.rewrite(name, new String(read(file), StandardCharsets.UTF_8), outputs, requires::add);
                byte[] bytes = css.getBytes(StandardCharsets.UTF_8);
                assets.put(name, new Asset(FOLDER + fingerprint(name, bytes), bytes, Set.copyOf(requires)));
            }
        });
        return new Assets(Map.copyOf(assets), baseUrl);
    }

    private static Map<String, Path> folder(Path folder) {
        Map<String, Path> found = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(file ->
                    found.put(folder.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static boolean isStylesheet(String name) {
        return name.endsWith(".css");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The published URL of an asset, e.g. {@code quire.css} → {@code /assets/quire.1a2b3c4d.css},
     * which is then published; null if the theme has no such asset.
     */
    String url(String name) {
        String key = name.startsWith("/") ? name.substring(1) : name;
        Asset asset = byName.get(key);
        if (asset == null) {
            return null;
        }
        Set<String> used = USED.get();
        if (used != null) {
            used.add(key);
        }
        return baseUrl + asset.output();
    }

    /** A render of one page, on this thread. */
    interface Render {
        void run() throws PebbleException, IOException;
    }

    /** Runs {@code render} and gives the names of the assets it asked {@link #url} for. */
    Set<String> usedDuring(Render render) throws PebbleException, IOException {
        Set<String> used = new TreeSet<>();
        Set<String> outer = USED.get();
        USED.set(used);
        try {
            render.run();
        } finally {
            USED.set(outer);
        }
        return used;
    }

    /** The files to publish, by output path: the assets {@code used} and what they point at. */
    Map<String, byte[]> files(Set<String> used) {
        Set<String> publish = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(used);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (byName.containsKey(name) && publish.add(name)) {
                pending.addAll(byName.get(name).requires());
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        publish.forEach(name -> files.put(byName.get(name).output(), byName.get(name).bytes()));
        return files;
    }

    /** {@code katex/katex.min.css} with content {@code bytes} → {@code katex/katex.min.1a2b3c4d.css}. */
    static String fingerprint(String name, byte[] bytes) {
        String hash = Digest.of(bytes, 0, bytes.length).substring(0, 8);
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(0, dot) + "." + hash + name.substring(dot) : name + "." + hash;
    }
}
