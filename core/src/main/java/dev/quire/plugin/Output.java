package dev.quire.plugin;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

/**
 * The files of the site being built. Paths are relative to the output root, with {@code /}
 * separators and without the base URL, e.g. {@code blog/rss.xml}. Writing the same path twice is
 * an error: two parts of the build would otherwise silently overwrite each other.
 * Safe to use from many threads.
 */
public interface Output {

    void write(String path, byte[] bytes);

    /** Writes {@code text} as UTF-8. */
    void write(String path, String text);

    /** Copies a file of the site (the caller checked that it lies inside the site folder). */
    void copy(String path, Path source);

    /**
     * Renders {@code template} of the theme with {@code model} (plus the model every page gets:
     * {@code site}, {@code page}) and writes it to {@code path}.
     *
     * @param page what the page is about, for its {@code <head>} and for templates
     */
    void page(String path, String template, PageInfo page, Map<String, Object> model);

    /** True when something was already written at {@code path}. */
    boolean exists(String path);

    /**
     * The pages rendered so far with {@link #page}, by output path: the theme's pages and those
     * of plugins that wrote before the caller. A sitemap lists the ones that are not
     * {@link PageInfo#noindex()}, without knowing how their URLs were chosen.
     */
    SortedMap<String, PageInfo> pages();
}
