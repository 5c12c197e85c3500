package dev.quire.plugin.images.resize;

import java.nio.file.Path;

/**
 * A resized copy of an image, kept in the cache.
 *
 * @param width  its width in pixels
 * @param format how it is encoded
 * @param file   where the cache keeps it
 */
public record Variant(int width, VariantFormat format, Path file) {
}
