/**
 * Smaller copies of large pictures for {@code srcset}: decoding (TwelveMonkeys ImageIO for JPEG and
 * WebP), turning upright by EXIF, downscaling (Thumbnailator), encoding, and a cache keyed by the
 * source's content hash so a warm build never resizes again.
 */
package dev.quire.plugin.images.resize;
