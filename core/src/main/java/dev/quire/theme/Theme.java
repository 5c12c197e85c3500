package dev.quire.theme;

import java.io.Writer;
import java.util.Map;
import java.util.Set;

/** A loaded theme: templates to render pages with, and the static files they need. */
public interface Theme {

    /** True when the theme (or the site's overrides) has a template of this name, e.g. {@code post}. */
    boolean hasTemplate(String name);

    /**
     * Renders a template. Safe to call from many threads at once.
     *
     * @return the names of the theme's assets the page uses (its stylesheet, a script only some
     *         pages need), as {@link #assets} takes them
     * @throws dev.quire.diagnostics.QuireException naming the template file and line on an error
     */
    Set<String> render(String template, Map<String, Object> model, Writer out);

    /**
     * The theme's words for {@code key} in the site's language, as its templates get them, with
     * {@code {n}} replaced by {@code n} (which may be null); null when the theme has none. For what
     * plugins draw in the site's language outside pages, such as a social card.
     */
    default String text(String key, Number n) {
        return null;
    }

    /**
     * Files the theme ships (CSS, scripts, fonts), by output path, e.g. {@code assets/quire.1a2b3c4d.css}:
     * those the site's pages use and what they point at. Called once every page is rendered.
     *
     * @param used the names every page's {@link #render} returned, also of pages an incremental build
     *             kept from an earlier build instead of rendering them again
     */
    Map<String, byte[]> assets(Set<String> used);
}
