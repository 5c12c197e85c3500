package dev.quire.theme.pebble;

import dev.quire.diagnostics.QuireException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A theme's {@code theme.yml}.
 *
 * <pre>
 * extends: default          # the parent theme, if any
 * webjars:                  # front-end libraries published with the theme's assets
 *   - name: katex           # META-INF/resources/webjars/katex/VERSION/ on the class path
 *     from: dist            # a folder inside it (optional)
 *     to: katex             # the folder under assets/ (optional, default: the name)
 *     files: [katex.min.js, katex.min.css, "fonts/*"]
 * </pre>
 *
 * @param parent  the theme this one extends, or null
 * @param webjars the WebJar files the theme publishes
 */
record ThemeManifest(String parent, List<WebJarFiles> webjars) {

    static final ThemeManifest NONE = new ThemeManifest(null, List.of());

    static ThemeManifest read(Path themeRoot) {
        Path file = themeRoot.resolve("theme.yml");
        Map<String, Object> map = Yaml.readMap(file);
        Object parent = map.get("extends");
        List<WebJarFiles> webjars = new ArrayList<>();
        Object list = map.get("webjars");
        if (list != null && !(list instanceof List<?>)) {
            throw new QuireException(file.toString(), 0, "'webjars' must be a list of {name, from, to, files}");
        }
        if (list instanceof List<?> entries) {
            for (Object entry : entries) {
                webjars.add(WebJarFiles.of(file.toString(), entry));
            }
        }
        return new ThemeManifest(parent == null ? null : parent.toString(), List.copyOf(webjars));
    }

    /** Small YAML reads for theme files: a mapping or nothing. */
    static final class Yaml {
        private Yaml() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> readMap(Path file) {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            try {
                Object value = new Load(LoadSettings.builder().setLabel(file.toString()).build())
                        .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
                if (value == null) {
                    return Map.of();
                }
                if (!(value instanceof Map)) {
                    throw new QuireException(file.toString(), 1, "must be 'key: value' lines");
                }
                return (Map<String, Object>) value;
            } catch (YamlEngineException e) {
                throw new QuireException(file.toString(), 0, "invalid YAML: " + e.getMessage().replaceAll("\\s+", " "));
            } catch (IOException e) {
                throw new QuireException(file.toString(), 0, "cannot read: " + e.getMessage());
            }
        }
    }
}
