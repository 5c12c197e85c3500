/**
 * The Maven plugin: goals {@code quire:build} and {@code quire:check}, for building and checking a
 * site in CI.
 *
 * <p>Both goals share their parameters through {@link dev.quire.maven.AbstractQuireMojo} and build
 * with the plugins and themes of the Maven plugin's class realm, so a Quire plugin or theme jar
 * declared as a {@code <dependency>} of this plugin is found like the bundled ones. The build runs
 * on threads that see that realm as their context class loader ({@link dev.quire.maven.RealmPool}),
 * so plugins behave as they do in the command line.
 */
package dev.quire.maven;
