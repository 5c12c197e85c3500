package dev.quire.theme;

import dev.quire.diagnostics.QuireException;
import dev.quire.internal.content.SourceText;
import dev.quire.internal.yaml.YamlDocument;
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

    /** The file whose line {@link #themeLine()} gives. */
    public static final String SETTINGS_FILE = "quire.yml";

    /**
     * The line of {@code quire.yml} that names the theme, or 0 when the file does not name one, so
     * that an engine can report a theme it cannot load where the user wrote it. The file is read
     * again: this is for messages, which are rare, so loading a theme pays nothing for it.
     */
    public int themeLine() {
        try {
            YamlDocument document = YamlDocument.parse(
                    SourceText.readText(site.resolve(SETTINGS_FILE), SETTINGS_FILE), SETTINGS_FILE, 1);
            return document.root().has("theme") ? document.line("/theme") : 0;
        } catch (QuireException e) {
            return 0;
        }
    }
}
