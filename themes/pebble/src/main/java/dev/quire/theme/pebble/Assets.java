package dev.quire.theme.pebble;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The static files of a theme ({@code assets/} of each layer; a more specific layer wins), each
 * published under a name with its content hash, {@code assets/quire.1a2b3c4d.css}, so browsers
 * may cache them forever.
 */
final class Assets {

    private final Map<String, String> urls;
    private final Map<String, byte[]> files;

    private Assets(Map<String, String> urls, Map<String, byte[]> files) {
        this.urls = urls;
        this.files = files;
    }

    static Assets collect(List<ThemeLayers.Layer> layers, String baseUrl) {
        Map<String, Path> byName = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            ThemeLayers.Layer layer = layers.get(i);
            Path folder = layer.root() == null ? null : layer.root().resolve("assets");
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(file ->
                        byName.put(folder.relativize(file).toString().replace('\\', '/'), file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        byName.forEach((name, file) -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String output = "assets/" + fingerprint(name, bytes);
                urls.put(name, baseUrl + output);
                files.put(output, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Assets(Map.copyOf(urls), files);
    }

    /** The published URL of an asset, e.g. {@code quire.css} → {@code /assets/quire.1a2b3c4d.css}; null if unknown. */
    String url(String name) {
        return urls.get(name.startsWith("/") ? name.substring(1) : name);
    }

    Map<String, byte[]> files() {
        return files;
    }

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
