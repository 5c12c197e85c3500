package dev.quire;

/**
 * Hears how far a build has got, e.g. to draw a progress bar. A build goes through its stages one
 * after another; inside a stage, work runs on many threads, so {@link #step()} must be thread-safe.
 */
public interface BuildProgress {

    /** Hears nothing. */
    BuildProgress NONE = new BuildProgress() {
    };

    /**
     * A stage begins, e.g. {@code render pages}.
     *
     * @param steps how many {@link #step()} calls the stage will make, or 0 when it cannot know
     */
    default void stage(String name, int steps) {
    }

    /** One step of the current stage is done, e.g. one post rendered. */
    default void step() {
    }
}
