package dev.quire.internal.yaml;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a value of a settings type must be, in the words users read: in the error for a wrong
 * value ("'feeds.limit' must be a whole number") and in the configuration reference.
 */
public final class SettingTypes {

    /** The type of a key whose value is a mapping with keys of its own. */
    public static final String SECTION = "a section";

    private SettingTypes() {
    }

    /** E.g. {@code a whole number}, {@code one of rss, atom, json}, {@code a list of whole numbers}. */
    public static String describe(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return "a list of " + plural(generic.getActualTypeArguments()[0]);
        }
        if (!(type instanceof Class<?> plain)) {
            return "a value";
        }
        if (plain == int.class || plain == Integer.class || plain == long.class || plain == Long.class) {
            return "a whole number";
        }
        if (plain == double.class || plain == Double.class || plain == float.class || plain == Float.class) {
            return "a number";
        }
        if (plain == boolean.class || plain == Boolean.class) {
            return "true or false";
        }
        if (plain == String.class) {
            return "text";
        }
        if (plain == URI.class) {
            return "a URL";
        }
        if (plain.isEnum()) {
            return "one of " + enumNames(plain);
        }
        if (Collection.class.isAssignableFrom(plain) || plain.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(plain) || plain.isRecord()) {
            return "a mapping of keys to values";
        }
        return "a " + plain.getSimpleName();
    }

    private static String plural(Type element) {
        if (element instanceof Class<?> plain && plain.isEnum()) {
            return enumNames(plain);
        }
        String one = describe(element);
        return switch (one) {
            case "a whole number" -> "whole numbers";
            case "a number" -> "numbers";
            case "text" -> "texts";
            case "a URL" -> "URLs";
            case "true or false" -> "true or false values";
            default -> "values";
        };
    }

    /** The names an enum is written with in YAML, as Jackson binds them ({@code @JsonProperty} included). */
    private static String enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(SettingsBinder::yaml).collect(Collectors.joining(", "));
    }
}
