package dev.quire.internal.build;

import dev.quire.diagnostics.QuireException;
import dev.quire.model.SiteSettings;
import dev.quire.theme.Theme;
import dev.quire.theme.ThemeContext;
import dev.quire.theme.ThemeEngine;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The theme of one build, loaded (or taken over from the last build) the first time it is needed:
 * to render the pages, or earlier, when a plugin asks for the theme's words. A build that renders
 * nothing never loads it.
 */
final class BuildTheme implements Supplier<Theme> {

    private final Reuse reuse;
    private final ClassLoader loader;
    private final Path root;
    private final SiteSettings settings;
    private Theme theme;

    /**
     * @param reuse    where the last build's theme may be taken over from
     * @param loader   where theme engines are looked up
     * @param root     the site folder
     * @param settings the site's settings, which name the theme and its language
     */
    BuildTheme(Reuse reuse, ClassLoader loader, Path root, SiteSettings settings) {
        this.reuse = reuse;
        this.loader = loader;
        this.root = root;
        this.settings = settings;
    }

    /**
     * The same theme for work beside the builds (a background task): loaded on its own when
     * asked for, so that it never touches what a build of the session takes over.
     */
    BuildTheme alone() {
        return new BuildTheme(Reuse.NONE, loader, root, settings);
    }

    /**
     * @throws QuireException when there is no theme engine or the theme cannot be loaded
     */
    @Override
    public synchronized Theme get() {
        if (theme == null) {
            theme = reuse.theme(root, this::load);
        }
        return theme;
    }

    private Theme load() {
        ThemeEngine engine = ServiceLoader.load(ThemeEngine.class, loader).findFirst().orElseThrow(() ->
                new QuireException(null, 0, "no theme engine found; put quire-theme-pebble on the class path"));
        return engine.load(new ThemeContext(root, settings, loader));
    }
}
