package dev.quire;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.internal.build.Background;
import dev.quire.internal.build.BuildCache;
import dev.quire.internal.build.BuildState;
import dev.quire.internal.build.Pipeline;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Builds one site again and again in one process, each build reusing what the previous one left
 * that did not change: files are parsed and rendered again only when they changed, pages are
 * rendered again only when something they show changed, and only files whose bytes differ are
 * written. The output is the same as a build from scratch would write ({@code quire serve} uses
 * this; see {@code QuirePlugin} for how plugins take part).
 *
 * <p>One build at a time: {@link #build} is synchronized. Plugins may hand slow work to the
 * session's background, which runs beside the builds until the session is closed.
 */
public final class BuildSession implements AutoCloseable {

    private final BuildOptions options;
    private final ClassLoader loader;
    private final BuildCache cache = new BuildCache();
    private final Background.OfSession background = new Background.OfSession();

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
                new BuildState.Session(cache, moving, background)).build();
    }

    /**
     * Waits until the background work plugins asked for so far is done (see
     * {@code PluginContext.inBackground}); false when {@code timeout} passed first.
     */
    public boolean awaitBackground(Duration timeout) throws InterruptedException {
        return background.awaitIdle(timeout);
    }

    /** Stops the background work; the session builds no more. */
    @Override
    public void close() {
        background.close();
    }
}
