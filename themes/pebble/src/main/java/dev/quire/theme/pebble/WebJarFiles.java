package dev.quire.theme.pebble;

import dev.quire.diagnostics.QuireException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files of a WebJar that a theme publishes as its own assets, named in {@code theme.yml}. A WebJar
 * keeps its files under {@code META-INF/resources/webjars/NAME/VERSION/}; the version is whatever
 * jar is on the class path, so upgrading a library is a change of the theme's Maven dependency only.
 *
 * @param manifest where the entry was written, for messages
 * @param name     the WebJar's name, e.g. {@code katex}
 * @param from     a folder inside the WebJar's version folder, or empty
 * @param to       the folder under the theme's {@code assets/} the files are published in
 * @param files    glob patterns relative to {@code from}, e.g. {@code fonts/*}
 */
record WebJarFiles(String manifest, String name, String from, String to, List<String> files) {

    private static final String ROOT = "META-INF/resources/webjars/";

    static WebJarFiles of(String manifest, Object entry) {
        if (!(entry instanceof Map<?, ?> map) || !(map.get("name") instanceof String name)
                || !(map.get("files") instanceof List<?> files) || files.isEmpty()) {
            throw new QuireException(manifest, 0, "each entry of 'webjars' needs a 'name' and a list of 'files'");
        }
        String from = map.get("from") == null ? "" : map.get("from").toString();
        String to = map.get("to") == null ? name : map.get("to").toString();
        return new WebJarFiles(manifest, name, from, to, files.stream().map(Object::toString).toList());
    }

    /** The files by asset name (e.g. {@code katex/fonts/KaTeX_Main-Regular.woff2}), in name order. */
    Map<String, Path> collect(ClassLoader loader) {
        Path base = versionFolder(loader);
        if (!from.isEmpty()) {
            base = base.resolve(from);
        }
        Map<String, Path> found = new TreeMap<>();
        for (String pattern : files) {
            int before = found.size();
            PathMatcher matcher = base.getFileSystem().getPathMatcher("glob:" + pattern);
            Path folder = base;
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> matcher.matches(folder.relativize(file)))
                        .forEach(file -> found.put(to + "/" + folder.relativize(file).toString().replace('\\', '/'), file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (found.size() == before) {
                throw new QuireException(manifest, 0, "the WebJar '" + name + "' has no file matching '"
                        + pattern + "' in " + (from.isEmpty() ? "its root" : "'" + from + "'"));
            }
        }
        return found;
    }

    private Path versionFolder(ClassLoader loader) {
        URL url = loader.getResource(ROOT + name + "/");
        if (url == null) {
            throw new QuireException(manifest, 0, "no WebJar '" + name + "' on the class path; add it as a dependency of the theme");
        }
        Path folder = ClassPathFiles.toPath(url);
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> versions = children.filter(Files::isDirectory).sorted().toList();
            if (versions.size() != 1) {
                throw new QuireException(manifest, 0, "the WebJar '" + name + "' should have one version folder, found "
                        + versions.size());
            }
            return versions.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
