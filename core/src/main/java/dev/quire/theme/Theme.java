package dev.quire.theme;

import java.io.Writer;
import java.util.Map;

/** A loaded theme: templates to render pages with, and the static files they need. */
public interface Theme {

    /** True when the theme (or the site's overrides) has a template of this name, e.g. {@code post}. */
    boolean hasTemplate(String name);

    /**
     * Renders a template. Safe to call from many threads at once.
     *
     * @throws dev.quire.diagnostics.QuireException naming the template file and line on an error
     */
    void render(String template, Map<String, Object> model, Writer out);

    /**
     * Files the theme ships (CSS, scripts, fonts), by output path, e.g. {@code assets/quire.1a2b3c4d.css}.
     * Called once every page is rendered, so a theme may ship only what its pages used.
     */
    Map<String, byte[]> assets();
}
