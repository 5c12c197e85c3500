/**
 * The files of a new site ({@code quire init}): its {@code quire.yml}, a first post and page, and
 * what publishing needs (a GitHub Pages workflow that builds the site with the same Quire, fetched
 * or built from source, a {@code pom.xml} for the Maven plugin, {@code .gitignore}). Their text
 * lives in templates next to this package's classes.
 */
package dev.quire.cli.init;
