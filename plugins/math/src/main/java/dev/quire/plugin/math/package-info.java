/**
 * The {@code math} plugin: formulas typeset when the site is built, by KaTeX run in Rhino, so that
 * pages show them with KaTeX's stylesheet and fonts and no script. Rhino and KaTeX are loaded only
 * when a build meets its first formula it has not typeset before.
 */
package dev.quire.plugin.math;
