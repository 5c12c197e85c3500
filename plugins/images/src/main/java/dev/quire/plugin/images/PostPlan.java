package dev.quire.plugin.images;

import dev.quire.plugin.images.scan.Reference;
import dev.quire.plugin.images.scan.SiteFile;
import java.io.Serializable;
import java.util.Map;

/**
 * What the plugin found in one post before the files were published: the files its links
 * resolved to, and its cover.
 *
 * @param files the references that resolved to files of the site
 * @param cover where the cover comes from, or {@code null} when the post has none
 */
record PostPlan(Map<Reference, SiteFile> files, CoverSource cover) implements Serializable {

    /**
     * The cover: a file of the site, or an absolute URL from the front matter.
     *
     * @param file the file, or {@code null} for a URL
     * @param url  the URL as written in the front matter, or {@code null} for a file
     * @param alt  the alternative text of the image the cover comes from, or {@code null}
     * @param shown true when the post's text shows the picture itself
     */
    record CoverSource(SiteFile file, String url, String alt, boolean shown) implements Serializable {
    }
}
