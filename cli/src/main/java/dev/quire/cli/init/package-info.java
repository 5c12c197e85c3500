/**
 * The files of a new site ({@code quire init}): its {@code quire.yml}, a first post and page, and
 * what publishing needs (a {@code pom.xml} for the Maven plugin, a GitHub Pages workflow,
 * {@code .gitignore}). Their text lives in templates next to this package's classes.
 */
package dev.quire.cli.init;
