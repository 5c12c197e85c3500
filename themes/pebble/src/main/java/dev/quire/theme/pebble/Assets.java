package dev.quire.theme.pebble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The static files of a theme: {@code assets/} of each layer and the WebJar files its
 * {@code theme.yml} names (a more specific layer wins), each published under a name with its
 * content hash, {@code assets/quire.1a2b3c4d.css}, so browsers may cache them forever. Relative
 * {@code url(…)} references in stylesheets (fonts, images) are rewritten to the hashed names.
 */
final class Assets {

    private static final String FOLDER = "assets/";

    private final Map<String, String> urls;
    private final Map<String, byte[]> files;

    private Assets(Map<String, String> urls, Map<String, byte[]> files) {
        this.urls = urls;
        this.files = files;
    }

    static Assets collect(List<ThemeLayers.Layer> layers, String baseUrl, ClassLoader loader) {
        Map<String, Path> byName = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            ThemeLayers.Layer layer = layers.get(i);
            for (WebJarFiles webjar : layer.manifest().webjars()) {
                byName.putAll(webjar.collect(loader));
            }
            if (layer.root() != null) {
                byName.putAll(folder(layer.root().resolve("assets")));
            }
        }
        Map<String, String> outputs = new TreeMap<>();
        Map<String, byte[]> contents = new TreeMap<>();
        byName.forEach((name, file) -> {
            if (!isStylesheet(name)) {
                byte[] bytes = read(file);
                outputs.put(name, fingerprint(name, bytes));
                contents.put(name, bytes);
            }
        });
        // Stylesheets last: their hash must cover the hashed names of the files they point at.
        Map<String, String> plainOutputs = Map.copyOf(outputs);
        byName.forEach((name, file) -> {
            if (isStylesheet(name)) {
                String css = new String(read(file), StandardCharsets.UTF_8);
                byte[] bytes = CssUrls.rewrite(name, css, plainOutputs).getBytes(StandardCharsets.UTF_8);
                outputs.put(name, fingerprint(name, bytes));
                contents.put(name, bytes);
            }
        });
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        outputs.forEach((name, output) -> {
            urls.put(name, baseUrl + FOLDER + output);
            files.put(FOLDER + output, contents.get(name));
        });
        return new Assets(Map.copyOf(urls), files);
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

    /** The published URL of an asset, e.g. {@code quire.css} → {@code /assets/quire.1a2b3c4d.css}; null if unknown. */
    String url(String name) {
        return urls.get(name.startsWith("/") ? name.substring(1) : name);
    }

    /** The files to publish, by output path, e.g. {@code assets/quire.1a2b3c4d.css}. */
    Map<String, byte[]> files() {
        return files;
    }

    /** {@code katex/katex.min.css} with content {@code bytes} → {@code katex/katex.min.1a2b3c4d.css}. */
    static String fingerprint(String name, byte[] bytes) {
        String hash = sha256(bytes).substring(0, 8);
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(0, dot) + "." + hash + name.substring(dot) : name + "." + hash;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
