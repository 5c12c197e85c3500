package dev.quire.plugin.search;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The titles in a content's {@code papers} data. Whatever plugin attaches papers decides their
 * type; this reads a {@code title} the way templates do: a map key, a record component or a
 * getter, so the index needs no compile-time knowledge of that plugin.
 */
final class PaperTitles {

    static final String KEY = "papers";

    /** The accessor of each record type's {@code title}, found once per type: looking it up allocates. */
    private static final ClassValue<Optional<Method>> RECORD_TITLE = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return Stream.of(type.getRecordComponents()).filter(c -> c.getName().equals("title"))
                    .map(RecordComponent::getAccessor).findFirst();
        }
    };

    private PaperTitles() {
    }

    static List<String> of(Object papers) {
        if (!(papers instanceof Iterable<?> list)) {
            return List.of();
        }
        List<String> titles = new ArrayList<>();
        for (Object paper : list) {
            Object title = title(paper);
            if (title != null && !title.toString().isBlank()) {
                titles.add(title.toString().strip());
            }
        }
        return List.copyOf(titles);
    }

    private static Object title(Object paper) {
        if (paper instanceof Map<?, ?> map) {
            return map.get("title");
        }
        if (paper == null) {
            return null;
        }
        try {
            if (paper.getClass().isRecord()) {
                return RECORD_TITLE.get(paper.getClass()).map(accessor -> invoke(accessor, paper)).orElse(null);
            }
            return invoke(paper.getClass().getMethod("getTitle"), paper);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            method.setAccessible(true);
            return Objects.requireNonNullElse(method.invoke(target), "");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
