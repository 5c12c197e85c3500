package dev.quire.plugin.images.resize;

import dev.quire.plugin.images.probe.ImageFormat;

/** How a resized copy is stored: PNG keeps transparency and sharp edges, JPEG suits photos. */
public enum VariantFormat {
    PNG("png"),
    JPEG("jpg");

    private final String extension;

    VariantFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format for copies of a source: the same for PNG and JPEG; for WebP, which Java cannot
     * write, PNG when it has transparency and JPEG otherwise.
     */
    static VariantFormat forSource(ImageFormat source, boolean hasAlpha) {
        return switch (source) {
            case PNG -> PNG;
            case JPEG -> JPEG;
            case WEBP -> hasAlpha ? PNG : JPEG;
            default -> throw new IllegalArgumentException(source + " images are not resized");
        };
    }
}
