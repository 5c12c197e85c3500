package dev.quire.plugin;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what another plugin put in {@code content.data()} (e.g. the arXiv plugin's
 * {@code papers}) by the names of its parts, as templates read it: a map by key, a record by
 * component. A plugin that reads another's data this way works with or without that plugin and
 * needs no compile-time dependency on it.
 */
public final class PluginData {

    /** The accessors of each record type's components by name, found once per type: looking them up allocates. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> components = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                component.getAccessor().trySetAccessible();
                components.put(component.getName(), component);
            }
            return Map.copyOf(components);
        }
    };

    private PluginData() {
    }

    /**
     * The part {@code name} of {@code value}, a map or a record; {@code null} when it has none or
     * is neither.
     *
     * @throws IllegalArgumentException when the record's accessor cannot be called
     */
    public static Object property(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (value != null && value.getClass().isRecord()) {
            RecordComponent component = COMPONENTS.get(value.getClass()).get(name);
            return component == null ? null : read(component, value);
        }
        return null;
    }

    /**
     * The text of part {@code name} of each element of {@code values} that has one that is not
     * blank, stripped, in order: e.g. the titles of a post's papers. Nothing when {@code values}
     * is not a list.
     */
    public static List<String> texts(Object values, String name) {
        if (!(values instanceof Iterable<?> list)) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Object value : list) {
            Object part = property(value, name);
            if (part != null && !part.toString().isBlank()) {
                texts.add(part.toString().strip());
            }
        }
        return List.copyOf(texts);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read '" + component.getName() + "' of " + record, e);
        }
    }
}
