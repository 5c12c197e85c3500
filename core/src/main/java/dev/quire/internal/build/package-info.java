/**
 * The build: reading {@code quire.yml}, finding files, running plugins, deciding the pages
 * ({@link dev.quire.internal.build.Routes}), rendering them with the theme, and writing the
 * output atomically ({@link dev.quire.internal.build.StagedOutput}).
 */
package dev.quire.internal.build;
