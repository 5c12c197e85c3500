/**
 * The theme SPI. The core decides which pages exist and what each template gets; a
 * {@link dev.quire.theme.ThemeEngine} turns template names and models into HTML. The core never
 * names a template language.
 */
package dev.quire.theme;
