package dev.quire.theme.pebble;

import dev.quire.diagnostics.QuireException;
import dev.quire.theme.ThemeContext;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders a theme is made of, most specific first: the site's {@code templates/}, the chosen
 * theme, then the themes it extends ({@code theme.yml}: {@code extends: default}). A theme is a
 * folder {@code SITE/themes/NAME/} or a jar on the class path carrying
 * {@code META-INF/quire/themes/NAME/}; a theme folder holds {@code templates/}, {@code assets/},
 * {@code i18n/} and an optional {@code theme.yml}.
 */
final class ThemeLayers {

    static final String CLASSPATH_ROOT = "META-INF/quire/themes/";

    /**
     * One layer.
     *
     * @param name      how messages name it, e.g. {@code templates} or {@code theme 'default'}
     * @param templates its templates folder
     * @param root      its theme folder (null for the site's {@code templates/})
     * @param manifest  its {@code theme.yml}
     */
    record Layer(String name, Path templates, Path root, ThemeManifest manifest) {
    }

    private ThemeLayers() {
    }

    static List<Layer> resolve(ThemeContext context) {
        Path site = context.site();
        List<Layer> layers = new ArrayList<>();
        Path overrides = site.resolve("templates");
        if (Files.isDirectory(overrides)) {
            layers.add(new Layer("templates", overrides, null, ThemeManifest.NONE));
        }
        Set<String> seen = new LinkedHashSet<>();
        String next = context.settings().theme();
        while (next != null) {
            if (!seen.add(next)) {
                throw new QuireException(ThemeContext.SETTINGS_FILE, 0, "themes extend each other in a circle: " + String.join(" → ", seen) + " → " + next);
            }
            Path root = locate(context, next, seen.size() == 1);
            ThemeManifest manifest = ThemeManifest.read(root);
            layers.add(new Layer("theme '" + next + "'", root.resolve("templates"), root, manifest));
            next = manifest.parent();
        }
        return layers;
    }

    /** @param chosen true for the theme {@code quire.yml} names, false for one a theme extends */
    private static Path locate(ThemeContext context, String name, boolean chosen) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw notAThemeIn(context, chosen, "'" + name + "' is not a theme name; use letters, digits, '-', '_' or '.'");
        }
        Path folder = context.site().resolve("themes").resolve(name);
        if (Files.isDirectory(folder)) {
            return folder;
        }
        URL url = context.loader().getResource(CLASSPATH_ROOT + name + "/theme.yml");
        if (url == null) {
            url = context.loader().getResource(CLASSPATH_ROOT + name + "/templates/");
        }
        if (url == null) {
            throw notAThemeIn(context, chosen, "unknown theme '" + name + "': no folder themes/" + name
                    + "/ in the site and no theme jar with that name on the class path");
        }
        return ClassPathFiles.toPath(url).getParent();
    }

    private static QuireException notAThemeIn(ThemeContext context, boolean chosen, String message) {
        return new QuireException(ThemeContext.SETTINGS_FILE, chosen ? context.themeLine() : 0, message);
    }
}
