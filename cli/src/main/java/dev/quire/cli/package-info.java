/** The {@code quire} command line: one picocli class per command. */
package dev.quire.cli;
