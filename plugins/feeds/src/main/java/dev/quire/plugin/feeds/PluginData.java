package dev.quire.plugin.feeds;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads what other plugins put in {@code post.data()}: records or maps, by the names of their
 * parts, through {@link RecordComponent} for records, so feeds work with or without those plugins
 * and need no compile-time dependency on them.
 */
final class PluginData {

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
     * The part {@code name} of {@code value}, a map or a record; {@code null} when it has none.
     *
     * @throws IllegalArgumentException when the record's accessor cannot be called
     */
    static Object property(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (value != null && value.getClass().isRecord()) {
            RecordComponent component = COMPONENTS.get(value.getClass()).get(name);
            return component == null ? null : read(component, value);
        }
        return null;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read '" + component.getName() + "' of " + record, e);
        }
    }
}
