/**
 * Finds what a post links to on disk — MDX imports, Markdown images and links, {@code <img>},
 * {@code <a href>} and media tags in raw HTML, the front matter {@code image} — and resolves each
 * link to a file of the site, refusing anything outside the site folder.
 */
package dev.quire.plugin.images.scan;
