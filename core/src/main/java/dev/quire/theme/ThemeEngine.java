package dev.quire.theme;

/**
 * Renders pages from templates; found with {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.quire.theme.ThemeEngine}. A build uses the first one found.
 */
public interface ThemeEngine {

    /**
     * Loads the theme the site asks for, with the site's own template overrides in front of it.
     *
     * @throws dev.quire.diagnostics.QuireException when the theme does not exist or is broken
     */
    Theme load(ThemeContext context);
}
