package dev.quire.plugin.feeds;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A paper a post discusses, as a link in its feed items.
 *
 * <p>The papers come from another plugin (arXiv) through {@code post.data().get("papers")}: a list
 * whose elements are records or maps with an {@code absUrl} (the paper's abstract page) and a
 * {@code title}. They are read by those names, through {@link RecordComponent} for records, so
 * feeds work with or without that plugin and need no compile-time dependency on it.
 *
 * @param title the paper's title, or {@code null} when unknown
 * @param url   the paper's page
 */
record PaperLink(String title, String url) implements Serializable {

    /** The key under which posts carry their papers. */
    static final String DATA_KEY = "papers";

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

    /**
     * The papers in {@code data}, in order; none for {@code null}.
     *
     * @throws IllegalArgumentException when {@code data} is not a list of papers with an {@code absUrl}
     */
    static List<PaperLink> from(Object data) {
        if (data == null) {
            return List.of();
        }
        if (!(data instanceof List<?> papers)) {
            throw new IllegalArgumentException("is a " + data.getClass().getSimpleName() + ", not a list");
        }
        List<PaperLink> links = new ArrayList<>(papers.size());
        for (Object paper : papers) {
            Object url = property(paper, "absUrl");
            if (url == null || url.toString().isBlank()) {
                throw new IllegalArgumentException("has an entry without 'absUrl': " + paper);
            }
            Object title = property(paper, "title");
            links.add(new PaperLink(title == null ? null : title.toString(), url.toString()));
        }
        return List.copyOf(links);
    }

    private static Object property(Object paper, String name) {
        if (paper instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (paper != null && paper.getClass().isRecord()) {
            RecordComponent component = COMPONENTS.get(paper.getClass()).get(name);
            return component == null ? null : read(component, paper);
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
