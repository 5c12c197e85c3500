package dev.quire.plugin.images.probe;

/** The image formats whose size Quire reads. */
public enum ImageFormat {
    PNG("image/png", true),
    JPEG("image/jpeg", true),
    GIF("image/gif", true),
    WEBP("image/webp", true),
    SVG("image/svg+xml", false);

    private final String mimeType;
    private final boolean raster;

    ImageFormat(String mimeType, boolean raster) {
        this.mimeType = mimeType;
        this.raster = raster;
    }

    /** The media type, e.g. {@code image/png}, for {@code og:image:type}. */
    public String mimeType() {
        return mimeType;
    }

    /** True for pixel images; false for SVG, which scales by itself. */
    public boolean raster() {
        return raster;
    }
}
