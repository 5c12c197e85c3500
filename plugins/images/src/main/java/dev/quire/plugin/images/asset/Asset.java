package dev.quire.plugin.images.asset;

import dev.quire.plugin.images.probe.ImageHeader;
import java.nio.file.Path;
import java.util.List;

/**
 * A file as the built site publishes it.
 *
 * @param url        its URL path with the base URL, ready for an HTML attribute
 *                   ({@code /assets/images/fig.1a2b3c4d.png}, or a static file's own path)
 * @param outputPath where the build writes it, relative to the output root; {@code null} for a
 *                   static file, which the core copies
 * @param source     the file in the site
 * @param header     the image's format and size; {@code null} for files that are not pictures or
 *                   whose header could not be read
 * @param variants   smaller copies for {@code srcset}, narrowest first; empty for most files
 */
public record Asset(String url, String outputPath, Path source, ImageHeader header, List<PublishedVariant> variants) {

    public Asset {
        variants = List.copyOf(variants);
    }

    /**
     * A resized copy as published.
     *
     * @param width      its width in pixels
     * @param url        its URL path with the base URL
     * @param outputPath where the build writes it
     * @param cacheFile  the cached bytes
     */
    public record PublishedVariant(int width, String url, String outputPath, Path cacheFile) {
    }
}
