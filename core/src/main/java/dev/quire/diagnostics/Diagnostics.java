package dev.quire.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Collects the diagnostics of one build. Safe to use from many threads at once.
 *
 * <p>Reporting never throws: the build goes on and reports as much as it can in one run; the
 * pipeline checks {@link #hasErrors()} between stages and stops before anything is written.
 */
public final class Diagnostics {

    private final ConcurrentLinkedQueue<Diagnostic> reported = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> causes = new ConcurrentLinkedQueue<>();
    private final Consumer<Diagnostic> listener;

    public Diagnostics() {
        this(d -> { });
    }

    /**
     * @param listener sees each diagnostic as it is reported, e.g. to print it at once; it is called
     *                 for one diagnostic at a time, so it need not be safe for many threads
     */
    public Diagnostics(Consumer<Diagnostic> listener) {
        this.listener = listener;
    }

    public void report(Diagnostic diagnostic) {
        reported.add(diagnostic);
        synchronized (listener) {
            listener.accept(diagnostic);
        }
    }

    public void error(String file, int line, String message) {
        report(new Diagnostic(Severity.ERROR, file, line, message));
    }

    /**
     * Reports an error caused by an unexpected exception (a bug in Quire or a plugin); users see
     * the message, and {@link #causes()} keeps the exception for {@code --debug}.
     */
    public void error(String file, int line, String message, Throwable cause) {
        causes.add(cause);
        error(file, line, message);
    }

    /** The exceptions behind errors reported with a cause, for debugging. */
    public List<Throwable> causes() {
        return List.copyOf(causes);
    }

    public void warning(String file, int line, String message) {
        report(new Diagnostic(Severity.WARNING, file, line, message));
    }

    public void info(String file, int line, String message) {
        report(new Diagnostic(Severity.INFO, file, line, message));
    }

    /** How many diagnostics were reported so far: a mark for {@link #since}. */
    public int size() {
        return reported.size();
    }

    /** The diagnostics reported after {@code mark} (a {@link #size} taken earlier), in the order reported. */
    public List<Diagnostic> since(int mark) {
        List<Diagnostic> all = new ArrayList<>(reported);
        return List.copyOf(all.subList(Math.min(mark, all.size()), all.size()));
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return reported.stream().filter(d -> d.severity() == severity).count();
    }

    /** Everything reported so far, sorted by location. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(reported);
        sorted.sort(Diagnostic.BY_LOCATION);
        return sorted;
    }

    /** Reported diagnostics of exactly this severity, sorted by location. */
    public List<Diagnostic> all(Severity severity) {
        return all().stream().filter(d -> d.severity() == severity).toList();
    }
}
