package dev.quire.internal.trace;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The reads of the model made on the current thread while a page renders. Theme engines report
 * them through {@link dev.quire.theme.ModelReads}; outside {@link #during} a report costs one
 * thread-local look-up and records nothing.
 *
 * <p>A read names its owner (the {@code Site} or one {@code Content}) and the getter, so a later
 * build can call the same getter on its own model and see whether the page would still read the
 * same thing. What the getter returns is compared, not the owner, so a page that shows a post's
 * title is rendered again when that title changes, and not when the post's text does.
 */
public final class Reads {

    /**
     * One getter of one model object.
     *
     * @param owner    the site or content object that was read
     * @param property the getter's name
     */
    public record Read(Object owner, String property) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Read read && read.owner == owner && read.property.equals(property);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + property.hashCode();
        }
    }

    private static final ThreadLocal<Set<Read>> CURRENT = new ThreadLocal<>();

    private Reads() {
    }

    /** Notes that {@code property} of {@code owner} was read, when a page is being traced on this thread. */
    public static void record(Object owner, String property) {
        Set<Read> sink = CURRENT.get();
        if (sink != null) {
            sink.add(new Read(owner, property));
        }
    }

    /** Runs {@code body}, adding every read it makes on this thread to {@code sink}. */
    public static <T> T during(Set<Read> sink, Supplier<T> body) {
        Set<Read> outer = CURRENT.get();
        CURRENT.set(sink);
        try {
            return body.get();
        } finally {
            CURRENT.set(outer);
        }
    }
}
