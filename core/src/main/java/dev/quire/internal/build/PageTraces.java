package dev.quire.internal.build;

import dev.quire.internal.trace.Reads;
import dev.quire.model.Content;
import dev.quire.model.Site;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each page of the previous build read while it rendered, for deciding which pages an
 * incremental build must render again. A page is up to date when its route is the same (template,
 * what the page is, and its model, e.g. which posts are its neighbours) and every getter it called
 * on the site, its posts and pages returns what it returned then. The theme is not asked what it
 * reads: the model records it ({@link Reads}), so a template that shows a sidebar of recent posts
 * is handled as correctly as the default theme.
 */
final class PageTraces {

    /**
     * A getter of the site ({@code source} null) or of the post or page of a file.
     */
    record Key(String source, String property) implements Serializable {

        // Written out: the generated ones go through method handles, which the quick compiler
        // Quire's launcher uses does not inline, and every page's reads are looked up by key.
        @Override
        public int hashCode() {
            return 31 * (source == null ? 0 : source.hashCode()) + property.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(source, key.source)
                    && property.equals(key.property);
        }
    }

    /** What a page read, and the theme assets it uses. */
    record Trace(Object route, Set<Key> reads, Set<String> assets) implements Serializable {

        /** The trace as kept on disk, its route by {@link Shapes#forDisk fingerprint}. */
        Trace forDisk() {
            return new Trace(Shapes.forDisk(route), reads, assets);
        }
    }

    /** What a getter that returned null is stored as (the maps hold no nulls). */
    private record Null() implements Serializable {
    }
    private static final Map<String, Method> GETTERS = new ConcurrentHashMap<>();

    private final Map<String, Trace> pages = new ConcurrentHashMap<>();
    private final Map<Key, Object> values = new ConcurrentHashMap<>();

    /** A trace that knows nothing: every page is rendered. */
    PageTraces() {
    }

    /**
     * Compares what every recorded getter returns on {@code site} with what it returned in the
     * build that recorded it, and starts a new set of traces from this one.
     *
     * @return the traces of this build, knowing which getters changed
     */
    Round next(Site site, Shapes shapes) {
        Map<String, Content> bySource = new HashMap<>();
        site.contents().forEach(c -> bySource.put(c.source(), c));
        Set<Key> changed = ConcurrentHashMap.newKeySet();
        // Sized for what it will hold: growing a map of 100,000 entries step by step was a sixth of a rebuild.
        Map<Key, Object> now = new ConcurrentHashMap<>(values.size());
        values.entrySet().parallelStream().forEach(entry -> {
            Object value = valueOf(entry.getKey(), site, bySource, shapes);
            Object before = entry.getValue();
            if (value instanceof Shapes.Unknown || !Shapes.same(before, value)) {
                changed.add(entry.getKey());
                now.put(entry.getKey(), value);
            } else {
                // The same: a fingerprint read from disk stays, and is not made again when it is kept.
                now.put(entry.getKey(), before instanceof Shapes.Fingerprint ? before : value);
            }
        });
        return new Round(site, bySource, changed, now, shapes);
    }

    /** The traces being made by one build. */
    final class Round implements Reuse.Pages {
        private final Site site;
        private final Map<String, Content> bySource;
        private final Set<Key> changed;
        private final Map<Key, Object> now;
        private final Map<String, Trace> recorded = new ConcurrentHashMap<>();
        private final Shapes shapes;

        private Round(Site site, Map<String, Content> bySource, Set<Key> changed, Map<Key, Object> now,
                Shapes shapes) {
            this.shapes = shapes;
            this.site = site;
            this.bySource = bySource;
            this.changed = changed;
            this.now = now;
        }

        /**
         * Keeps the previous file when the page would read the same as it did then; else renders
         * it, recording what it reads.
         */
        @Override
        public void render(Routes.Route route, Reuse.PageOutput output) {
            Object signature = shapes.of(java.util.List.of(route.template(), route.info(), route.model()));
            Set<String> kept = output.canKeep(route.path()) ? upToDate(route.path(), signature) : null;
            if (kept != null) {
                output.keep(route, kept);
                return;
            }
            Set<Reads.Read> reads = new HashSet<>();
            Set<String> assets = Reads.during(reads, () -> output.render(route));
            if (assets != null) {
                rendered(route.path(), signature, reads, assets);
            }
        }

        /**
         * The theme assets of the page at {@code path} when it would render as in the previous
         * build; null when it must be rendered.
         */
        private Set<String> upToDate(String path, Object route) {
            Trace trace = pages.get(path);
            if (trace == null || !Shapes.same(trace.route(), route)) {
                return null;
            }
            for (Key key : trace.reads()) {
                if (changed.contains(key)) {
                    return null;
                }
            }
            recorded.put(path, trace);
            return trace.assets();
        }

        /** Records what the page at {@code path} read while it rendered, and the theme assets it uses. */
        private void rendered(String path, Object route, Set<Reads.Read> reads, Set<String> assets) {
            Set<Key> keys = new HashSet<>();
            for (Reads.Read read : reads) {
                Key key = keyOf(read);
                if (key != null) {
                    keys.add(key);
                }
            }
            recorded.put(path, new Trace(route, Set.copyOf(keys), Set.copyOf(assets)));
        }

        /** Makes this build's traces the ones the next build compares with. */
        @Override
        public void finish() {
            pages.clear();
            pages.putAll(recorded);
            Map<Key, Object> kept = new ConcurrentHashMap<>(now.size());
            recorded.values().parallelStream().flatMap(t -> t.reads().stream()).distinct().forEach(key ->
                    kept.put(key, now.computeIfAbsent(key, k -> valueOf(k, site, bySource, shapes))));
            values.clear();
            values.putAll(kept);
        }
    }

    /** The traces and the values they were made with, to be kept on disk between runs. */
    record Saved(Map<String, Trace> pages, Map<Key, Object> values) {

        /**
         * Traces read back from disk, without those that read a value that was not: such a page
         * could not be told to have changed.
         */
        static Saved of(Map<String, Object> pages, Map<Key, Object> values) {
            Map<String, Trace> complete = new HashMap<>();
            pages.forEach((path, trace) -> {
                if (trace instanceof Trace t && values.keySet().containsAll(t.reads())) {
                    complete.put(path, t);
                }
            });
            return new Saved(complete, values);
        }
    }

    Saved saved() {
        return new Saved(new HashMap<>(pages), new HashMap<>(values));
    }

    void restore(Saved saved) {
        clear();
        pages.putAll(saved.pages());
        values.putAll(saved.values());
    }

    /** Forgets every page: the next build renders them all (e.g. the theme changed). */
    void clear() {
        pages.clear();
        values.clear();
    }

    private static Key keyOf(Reads.Read read) {
        if (read.owner() instanceof Site) {
            return new Key(null, read.property());
        }
        if (read.owner() instanceof Content content) {
            return new Key(content.source(), read.property());
        }
        return null;
    }

    /** What the getter of {@code key} returns on this build's model, as a comparable shape. */
    private static Object valueOf(Key key, Site site, Map<String, Content> bySource, Shapes shapes) {
        Object owner = key.source() == null ? site : bySource.get(key.source());
        if (owner == null) {
            return new Shapes.Unknown();
        }
        Method getter = GETTERS.computeIfAbsent(owner.getClass().getName() + "#" + key.property(), k -> {
            try {
                return owner.getClass().getMethod(key.property());
            } catch (NoSuchMethodException e) {
                return null;
            }
        });
        if (getter == null) {
            return new Shapes.Unknown();
        }
        try {
            Object shape = shapes.of(getter.invoke(owner));
            return shape == null ? new Null() : shape;
        } catch (ReflectiveOperationException e) {
            return new Shapes.Unknown();
        }
    }
}
