package dev.quire.settings;

import dev.quire.internal.yaml.SettingsBinder;
import dev.quire.internal.yaml.SettingTypes;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes the keys of a settings record from the record itself: the names that
 * {@code quire.yml} uses (kebab case), the types, the defaults (the values the record holds when
 * a key is left out) and the {@link Setting} texts. A component that is itself a record is a
 * section with keys of its own.
 */
public final class SettingsReference {

    private SettingsReference() {
    }

    /**
     * Describes a whole section of {@code quire.yml}: its name, the {@link Setting} text of
     * {@code type}, and every key of {@code type}.
     *
     * @throws IllegalArgumentException when {@code type} is not a record
     */
    public static SettingDescription section(String name, Class<?> type) {
        Setting setting = type.getAnnotation(Setting.class);
        return new SettingDescription(name, SettingTypes.SECTION, null, "", setting == null ? "" : setting.value(),
                describe(type));
    }

    /**
     * Describes every key of {@code type}, in the order the record declares them.
     *
     * @throws IllegalArgumentException when {@code type} is not a record
     */
    public static List<SettingDescription> describe(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record; only records can be described");
        }
        return describe(type, SettingsBinder.defaults(type), "");
    }

    private static List<SettingDescription> describe(Class<?> type, Object defaults, String prefix) {
        List<SettingDescription> keys = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + SettingsBinder.key(component.getName());
            Setting setting = component.getAnnotation(Setting.class);
            String description = setting == null ? "" : setting.value();
            Object value = valueOf(component, defaults);
            if (component.getType().isRecord()) {
                Object nested = value != null ? value : SettingsBinder.defaults(component.getType());
                keys.add(new SettingDescription(key, SettingTypes.SECTION, null, "", description,
                        describe(component.getType(), nested, key + ".")));
            } else {
                String words = setting == null ? "" : setting.defaultValue();
                keys.add(new SettingDescription(key, SettingTypes.describe(component.getGenericType()),
                        value == null ? null : SettingsBinder.yaml(value), words, description, List.of()));
            }
        }
        return keys;
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + " of the default settings", e);
        }
    }
}
