/**
 * Problems found while building: what they are, where they are, and how serious.
 *
 * <p>Every stage reports through {@link dev.quire.diagnostics.Diagnostics}; users see
 * {@code file:line: severity: message} lines and never a stack trace.
 */
package dev.quire.diagnostics;
