package dev.quire.theme.pebble;

import dev.quire.diagnostics.QuireException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A theme's {@code theme.yml}.
 *
 * @param parent the theme this one extends, or null
 */
record ThemeManifest(String parent) {

    static ThemeManifest read(Path themeRoot) {
        Map<String, Object> map = Yaml.readMap(themeRoot.resolve("theme.yml"));
        Object parent = map.get("extends");
        return new ThemeManifest(parent == null ? null : parent.toString());
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
