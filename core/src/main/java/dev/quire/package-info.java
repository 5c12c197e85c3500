/**
 * Quire turns a folder of Markdown/MDX posts into a static site. Start with
 * {@link dev.quire.Quire#build}; extend it with {@link dev.quire.plugin.QuirePlugin}s and themes
 * ({@link dev.quire.theme.ThemeEngine}). Everything under {@code dev.quire.internal} may change
 * without notice.
 */
package dev.quire;
