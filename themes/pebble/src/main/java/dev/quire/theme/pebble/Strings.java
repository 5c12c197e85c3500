package dev.quire.theme.pebble;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The UI strings of a theme in the site's language, from {@code i18n/<lang>.yml} of each layer
 * (English as the fallback, more specific layers winning). Nested keys are joined with dots.
 */
final class Strings {

    private final Map<String, String> strings;

    private Strings(Map<String, String> strings) {
        this.strings = strings;
    }

    static Strings load(List<ThemeLayers.Layer> layers, String language) {
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        Map<String, String> strings = new HashMap<>();
        for (String lang : primary.equals("en") ? List.of("en") : List.of("en", primary, language)) {
            for (int i = layers.size() - 1; i >= 0; i--) {
                ThemeLayers.Layer layer = layers.get(i);
                if (layer.root() != null) {
                    flatten("", ThemeManifest.Yaml.readMap(layer.root().resolve("i18n").resolve(lang + ".yml")), strings);
                }
            }
        }
        return new Strings(Map.copyOf(strings));
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, String> into) {
        map.forEach((key, value) -> {
            String full = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(full, (Map<String, Object>) nested, into);
            } else if (value != null) {
                into.put(full, value.toString());
            }
        });
    }

    /** The string for {@code key}, or the key itself so a missing string shows rather than breaks. */
    String get(String key) {
        return strings.getOrDefault(key, key);
    }
}
