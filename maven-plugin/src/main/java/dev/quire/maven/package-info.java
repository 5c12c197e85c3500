/** The Maven plugin: goals {@code quire:build} and {@code quire:check}. */
package dev.quire.maven;
