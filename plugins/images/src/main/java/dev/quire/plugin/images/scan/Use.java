package dev.quire.plugin.images.scan;

/** How a post uses a file: shown as a picture, or linked to (a PDF, a video, a data set). */
public enum Use {
    IMAGE,
    FILE
}
