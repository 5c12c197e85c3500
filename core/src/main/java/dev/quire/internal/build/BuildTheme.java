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

    private final BuildRun run;
    private final Path root;
    private final SiteSettings settings;
    private Theme theme;

    BuildTheme(BuildRun run, Path root, SiteSettings settings) {
        this.run = run;
        this.root = root;
        this.settings = settings;
    }

    /**
     * @throws QuireException when there is no theme engine or the theme cannot be loaded
     */
    @Override
    public synchronized Theme get() {
        if (theme == null) {
            theme = run.reuse().theme(root, this::load);
        }
        return theme;
    }

    private Theme load() {
        ThemeEngine engine = ServiceLoader.load(ThemeEngine.class, run.loader()).findFirst().orElseThrow(() ->
                new QuireException(null, 0, "no theme engine found; put quire-theme-pebble on the class path"));
        return engine.load(new ThemeContext(root, settings, run.loader()));
    }
}
