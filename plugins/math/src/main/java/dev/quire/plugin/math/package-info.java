/**
 * The {@code math} plugin: formulas typeset when the site is built, by KaTeX run in Rhino, as
 * MathML that browsers draw without script, stylesheet or font. Rhino and KaTeX are loaded only
 * when a build meets its first formula it has not typeset before.
 */
package dev.quire.plugin.math;
