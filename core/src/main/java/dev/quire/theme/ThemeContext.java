package dev.quire.theme;

import dev.quire.model.SiteSettings;
import java.nio.file.Path;

/**
 * What a theme engine needs to load a theme.
 *
 * @param site     the site folder; its {@code templates/} folder overrides the theme's templates
 * @param settings the site's settings; {@link SiteSettings#theme()} names the theme
 * @param loader   the class loader of the build (the one plugins come from); themes packaged as
 *                 jars and their libraries are found through it
 */
public record ThemeContext(Path site, SiteSettings settings, ClassLoader loader) {
}
