package dev.quire.theme.pebble;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds templates in the theme's layers, most specific first; {@code .peb} may be left out of
 * names. A template named {@code parent:post} skips the first layer that has {@code post}, so an
 * override can extend the template it replaces.
 */
final class LayeredLoader implements Loader<String> {

    static final String SUFFIX = ".peb";
    private static final String PARENT = "parent:";

    private final List<ThemeLayers.Layer> layers;

    LayeredLoader(List<ThemeLayers.Layer> layers) {
        this.layers = layers;
    }

    /** The file of a template and the layer it comes from, or null. */
    Found find(String name) {
        boolean parent = name.startsWith(PARENT);
        String file = withSuffix(parent ? name.substring(PARENT.length()) : name);
        boolean skip = parent;
        for (ThemeLayers.Layer layer : layers) {
            Path candidate = layer.templates().resolve(file).normalize();
            if (!candidate.startsWith(layer.templates()) || !Files.isRegularFile(candidate)) {
                continue;
            }
            if (skip) {
                skip = false;
                continue;
            }
            return new Found(layer, candidate, file);
        }
        return null;
    }

    /**
     * A template file.
     *
     * @param file the template's file name within its layer, e.g. {@code post.peb}
     */
    record Found(ThemeLayers.Layer layer, Path path, String file) {
        String describe() {
            return layer.root() == null ? "templates/" + file : layer.name() + ": templates/" + file;
        }
    }

    @Override
    public Reader getReader(String name) {
        Found found = find(name);
        if (found == null) {
            throw new LoaderException(null, "no template '" + name + "' in " + describeLayers());
        }
        try {
            return Files.newBufferedReader(found.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template " + found.describe());
        }
    }

    String describeLayers() {
        return String.join(", ", layers.stream().map(ThemeLayers.Layer::name).toList());
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setSuffix(String suffix) {
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return find(templateName) != null;
    }

    private static String withSuffix(String name) {
        return name.endsWith(SUFFIX) ? name : name + SUFFIX;
    }
}
