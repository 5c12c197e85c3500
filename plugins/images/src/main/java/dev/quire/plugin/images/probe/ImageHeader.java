package dev.quire.plugin.images.probe;

import java.io.Serializable;

/**
 * What the header of an image file says.
 *
 * @param format      the format, from the file's bytes (not its name)
 * @param width       the width as the image is shown, in CSS pixels (EXIF rotation applied)
 * @param height      the height as the image is shown
 * @param orientation the EXIF orientation (1–8) of a JPEG; 1 for every other image
 * @param animated    true for an animated GIF, PNG (APNG) or WebP
 */
public record ImageHeader(ImageFormat format, int width, int height, int orientation, boolean animated)
        implements Serializable {

    public ImageHeader {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive size, not " + width + "×" + height);
        }
    }

    /** The height of this image scaled to {@code newWidth}, keeping its aspect ratio; at least 1. */
    public int heightAt(int newWidth) {
        return Math.max(1, (int) Math.round((double) height * newWidth / width));
    }

    /** The width of this image scaled to {@code newHeight}, keeping its aspect ratio; at least 1. */
    public int widthAt(int newHeight) {
        return Math.max(1, (int) Math.round((double) width * newHeight / height));
    }
}
