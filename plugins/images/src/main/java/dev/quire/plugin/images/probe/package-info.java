/**
 * Reads the format and pixel size of an image from the first bytes of its file (PNG, JPEG, GIF,
 * WebP, SVG), without decoding it: fast enough to run on every image of every build.
 */
package dev.quire.plugin.images.probe;
