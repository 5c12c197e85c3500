package dev.quire.internal.build;

import dev.quire.model.Content;
import dev.quire.model.Site;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a page read into a value that can be compared with {@code equals} across builds.
 * Each build makes new model objects, so a post is compared by its file, a record by its parts,
 * a list or map by its elements. A value of a class it does not know is never equal to anything:
 * a page that read one is rendered again in every build, which is slow but never wrong.
 *
 * <p>Shapes are serializable when what they are made of is, so that they can be kept on disk for
 * the next {@code quire build}: a class becomes its name, a path its text.
 */
final class Shapes {

    /** A post or page by its file: what it says is compared through the reads of its own getters. */
    record ContentRef(String source) implements Serializable {
    }

    private record SiteRef() implements Serializable {
    }

    private record PathRef(String path) implements Serializable {
    }

    private record OptionalShape(Object value) implements Serializable {
    }

    private record RecordShape(String type, List<Object> parts) implements Serializable {
    }

    /**
     * A value that cannot be compared: equal only to itself, also after it was read back from
     * disk, where it becomes a new instance.
     */
    static final class Unknown implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private Shapes() {
    }

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof TemporalAccessor
                || value instanceof URI) {
            return value;
        }
        if (value instanceof Path path) {
            return new PathRef(path.toString());
        }
        if (value instanceof Content content) {
            return new ContentRef(content.source());
        }
        if (value instanceof Site) {
            return new SiteRef();
        }
        if (value instanceof Optional<?> optional) {
            return new OptionalShape(optional.map(Shapes::of).orElse(null));
        }
        if (value instanceof Collection<?> collection) {
            List<Object> parts = new ArrayList<>(collection.size());
            collection.forEach(element -> parts.add(of(element)));
            return value instanceof java.util.Set<?> ? new java.util.HashSet<>(parts) : parts;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> parts = new HashMap<>();
            map.forEach((k, v) -> parts.put(of(k), of(v)));
            return parts;
        }
        if (value.getClass().isRecord()) {
            return record(value);
        }
        return new Unknown();
    }

    private static Object record(Object value) {
        List<Method> accessors = ACCESSORS.get(value.getClass());
        if (accessors == null) {
            return new Unknown();
        }
        List<Object> parts = new ArrayList<>(accessors.size());
        for (Method accessor : accessors) {
            try {
                parts.add(of(accessor.invoke(value)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return new Unknown();
            }
        }
        return new RecordShape(value.getClass().getName(), parts);
    }

    /**
     * The accessors of each record class, made accessible once: {@code RecordComponent#getAccessor}
     * gives a new {@link Method} on every call, and each new one is slow on its first use, which
     * made comparing a build's page inputs cost more than rendering the changed page. Null for a
     * record whose accessors cannot be made accessible.
     */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                try {
                    accessor.setAccessible(true);
                } catch (RuntimeException e) {
                    return null;
                }
                accessors.add(accessor);
            }
            return List.copyOf(accessors);
        }
    };
}
