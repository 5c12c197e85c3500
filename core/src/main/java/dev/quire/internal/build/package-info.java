/**
 * The build, a stage per class: {@link dev.quire.internal.build.SiteLoading} reads {@code quire.yml}
 * and loads every file, {@link dev.quire.internal.build.ContentRendering} transforms and renders
 * them, {@link dev.quire.internal.build.SiteWriting} renders the pages the
 * {@link dev.quire.internal.build.Routes} name and writes everything into a staging folder, and
 * {@link dev.quire.internal.build.Pipeline} runs them in order and puts the output in place
 * atomically ({@link dev.quire.internal.build.StagedOutput}). What a build takes over from earlier
 * ones depends on its {@link dev.quire.internal.build.BuildState} and is asked through
 * {@link dev.quire.internal.build.Reuse}.
 */
package dev.quire.internal.build;
