package dev.quire;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.internal.build.BuildCache;
import dev.quire.internal.build.BuildState;
import dev.quire.internal.build.Pipeline;
import java.util.function.Consumer;

/**
 * Builds one site again and again in one process, each build reusing what the previous one left
 * that did not change: files are parsed and rendered again only when they changed, pages are
 * rendered again only when something they show changed, and only files whose bytes differ are
 * written. The output is the same as a build from scratch would write ({@code quire serve} uses
 * this; see {@code QuirePlugin} for how plugins take part).
 *
 * <p>One build at a time: {@link #build} is synchronized.
 */
public final class BuildSession {

    private final BuildOptions options;
    private final ClassLoader loader;
    private final BuildCache cache = new BuildCache();

    private BuildSession(BuildOptions options, ClassLoader loader) {
        this.options = options;
        this.loader = loader;
    }

    /** A session for the site of {@code options}, with the plugins and theme engine of Quire's class path. */
    public static BuildSession open(BuildOptions options) {
        return open(options, BuildSession.class.getClassLoader());
    }

    /** Like {@link #open(BuildOptions)}, finding plugins with {@code loader}. */
    public static BuildSession open(BuildOptions options, ClassLoader loader) {
        return new BuildSession(options, loader);
    }

    public BuildOptions options() {
        return options;
    }

    /** Builds the site, reusing what the previous build of this session left. */
    public BuildResult build(Consumer<Diagnostic> listener) {
        return build(listener, Runnable::run);
    }

    /**
     * Builds the site; {@code moving} runs the short step that moves new files into the output
     * folder, e.g. under a lock that a server serving that folder also takes.
     */
    public synchronized BuildResult build(Consumer<Diagnostic> listener, Consumer<Runnable> moving) {
        return new Pipeline(options, loader, new Diagnostics(listener), BuildProgress.NONE,
                new BuildState.Session(cache, moving)).build();
    }
}
