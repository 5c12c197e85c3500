package dev.quire.internal.build;

import java.util.function.Consumer;

/** What a build starts from and what it leaves behind: the three ways Quire builds a site. */
public sealed interface BuildState {

    /**
     * {@code quire check}, and loading a site to list it or work on its papers: from scratch,
     * nothing published, nothing kept.
     */
    record Check() implements BuildState {
    }

    /**
     * {@code quire build}: skipped when nothing changed since the last run, else from what that
     * run left in the site's {@code .quire} folder, which this build then replaces.
     */
    record Saved() implements BuildState {
    }

    /**
     * {@code quire serve}: from what the session's previous build left in memory.
     *
     * @param moving     runs the step of the commit that moves files into the output (see
     *                   {@link StagedOutput#commit(Consumer)}), e.g. under the server's lock
     * @param background where plugins' background work runs, beside the session's builds
     */
    record Session(BuildCache cache, Consumer<Runnable> moving, Background background) implements BuildState {
    }
}
