/**
 * The Maven plugin: goals {@code quire:build} and {@code quire:check}, for building and checking a
 * site in CI.
 *
 * <p>Both goals share their parameters through {@link dev.quire.maven.AbstractQuireMojo} and build
 * with the plugins and themes of the Maven plugin's class realm, so a Quire plugin or theme jar
 * declared as a {@code <dependency>} of this plugin is found like the bundled ones.
 */
package dev.quire.maven;
