package dev.quire.theme.pebble;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The UI strings of a theme in the site's language, from {@code i18n/<lang>.yml} of each layer
 * (English as the fallback, more specific layers and language tags winning; see {@link #files}). Nested keys are joined with dots. A
 * string may hold {@code {n}}, replaced by a number; a key whose value has {@code one} and
 * {@code other} picks the form for that number:
 *
 * <pre>
 * reading_time: "{n} min read"
 * post_count:
 *   one: "{n} post"
 *   other: "{n} posts"
 * </pre>
 */
final class Strings {

    private static final String PLACEHOLDER = "{n}";
    private static final Set<String> TRADITIONAL_CHINESE_REGIONS = Set.of("TW", "HK", "MO");

    private final Map<String, Object> strings;

    private Strings(Map<String, Object> strings) {
        this.strings = strings;
    }

    static Strings load(List<ThemeLayers.Layer> layers, String language) {
        Map<String, Object> strings = new HashMap<>();
        for (String lang : files(language)) {
            for (int i = layers.size() - 1; i >= 0; i--) {
                ThemeLayers.Layer layer = layers.get(i);
                if (layer.root() != null) {
                    flatten("", ThemeManifest.Yaml.readMap(layer.root().resolve("i18n").resolve(lang + ".yml")), strings);
                }
            }
        }
        return new Strings(Map.copyOf(strings));
    }

    /**
     * The names of the {@code i18n/} files read for {@code language}, the most general first:
     * English, the language, the form most of its readers use when the tag does not say
     * ({@code zh-CN} and {@code zh} are {@code zh-Hans}, {@code zh-TW} is {@code zh-Hant},
     * {@code pt} is {@code pt-BR}), and the tag itself, spelled as BCP 47 spells it
     * ({@code zh-hans} is {@code zh-Hans}).
     */
    static List<String> files(String language) {
        Locale locale = Locale.forLanguageTag(language.strip().replace('_', '-'));
        Set<String> files = new LinkedHashSet<>(List.of("en"));
        if (!locale.getLanguage().isEmpty()) {
            files.add(locale.getLanguage());
            files.add(usualForm(locale));
            files.add(locale.toLanguageTag());
        }
        return List.copyOf(files);
    }

    private static String usualForm(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> locale.getScript().equals("Hant") || locale.getScript().isEmpty()
                    && TRADITIONAL_CHINESE_REGIONS.contains(locale.getCountry()) ? "zh-Hant" : "zh-Hans";
            case "pt" -> "pt-BR";
            default -> locale.getLanguage();
        };
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, Object> into) {
        map.forEach((key, value) -> {
            String full = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested && nested.containsKey("other")) {
                Map<String, String> forms = new HashMap<>();
                nested.forEach((form, text) -> forms.put(String.valueOf(form), String.valueOf(text)));
                into.put(full, Map.copyOf(forms));
            } else if (value instanceof Map<?, ?> nested) {
                flatten(full, (Map<String, Object>) nested, into);
            } else if (value != null) {
                into.put(full, value.toString());
            }
        });
    }

    /** True when some layer has a string for {@code key}. */
    boolean has(String key) {
        return strings.containsKey(key);
    }

    /** The string for {@code key}, or the key itself so a missing string shows rather than breaks. */
    String get(String key) {
        return get(key, null);
    }

    /** The string for {@code key} with {@code {n}} replaced by {@code n} (which may be null). */
    String get(String key, Number n) {
        Object value = strings.get(key);
        String text;
        if (value instanceof Map<?, ?> forms) {
            Object form = n != null && n.doubleValue() == 1 && forms.containsKey("one") ? forms.get("one") : forms.get("other");
            text = form.toString();
        } else {
            text = value == null ? key : value.toString();
        }
        return n == null ? text : text.replace(PLACEHOLDER, n.toString());
    }
}
