package dev.quire;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.internal.build.BuildState;
import dev.quire.internal.build.Pipeline;
import dev.quire.model.Site;
import dev.quire.plugin.PluginSession;
import java.util.Optional;
import java.util.function.Consumer;

/** The entry point: build a site, or load it to inspect its posts. */
public final class Quire {

    private Quire() {
    }

    /**
     * Builds the site of {@code options} with the plugins and theme engine found on the class path
     * of this class.
     *
     * @param listener sees each diagnostic as it is reported
     */
    public static BuildResult build(BuildOptions options, Consumer<Diagnostic> listener) {
        return build(options, Quire.class.getClassLoader(), listener);
    }

    /**
     * Like {@link #build(BuildOptions, Consumer)}, telling {@code progress} how far the build has got.
     */
    public static BuildResult build(BuildOptions options, Consumer<Diagnostic> listener, BuildProgress progress) {
        return new Pipeline(options, Quire.class.getClassLoader(), new Diagnostics(listener), progress, new BuildState.Saved()).build();
    }

    /** Like {@link #build(BuildOptions, Consumer)}, finding plugins with {@code loader}. */
    public static BuildResult build(BuildOptions options, ClassLoader loader, Consumer<Diagnostic> listener) {
        return new Pipeline(options, loader, new Diagnostics(listener), BuildProgress.NONE, new BuildState.Saved()).build();
    }

    /**
     * Checks the site: builds it into a staging folder next to {@code options.output()}, which is
     * then deleted, so nothing is published. Broken links authors wrote are errors, and every
     * {@code href}, {@code src}, {@code srcset} and {@code #fragment} of every built page, from
     * templates and plugins too, must lead to a file and an element of the build.
     *
     * @param loader where plugins and theme engines are looked up
     * @return the result; {@link BuildResult#success()} is false when there are problems
     */
    public static BuildResult check(BuildOptions options, ClassLoader loader, Consumer<Diagnostic> listener) {
        return new Pipeline(options, loader, new Diagnostics(listener), BuildProgress.NONE, new BuildState.Check()).build();
    }

    /** Like {@link #check(BuildOptions, ClassLoader, Consumer)} with this class's loader, telling {@code progress}. */
    public static BuildResult check(BuildOptions options, Consumer<Diagnostic> listener, BuildProgress progress) {
        return new Pipeline(options, Quire.class.getClassLoader(), new Diagnostics(listener), progress, new BuildState.Check()).build();
    }

    /**
     * Loads posts and pages without rendering or writing anything.
     *
     * @return the site, or empty when it has errors (reported to {@code diagnostics})
     */
    public static Optional<Site> load(BuildOptions options, Diagnostics diagnostics) {
        return new Pipeline(options, Quire.class.getClassLoader(), diagnostics, BuildProgress.NONE, new BuildState.Check()).loadOnly();
    }

    /**
     * Loads the site as {@link #load} does and hands back the plugin named {@code plugin} with the
     * context it has in a build, for a command that does that plugin's work on its own.
     *
     * @return empty when the site has errors or no such plugin is on the class path (reported to
     *         {@code diagnostics})
     */
    public static Optional<PluginSession> loadFor(String plugin, BuildOptions options, Diagnostics diagnostics) {
        return new Pipeline(options, Quire.class.getClassLoader(), diagnostics, BuildProgress.NONE, new BuildState.Check()).loadFor(plugin);
    }
}
