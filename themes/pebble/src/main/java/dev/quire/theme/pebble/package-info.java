/**
 * The Pebble theme engine: finds a theme's layers (site overrides, the theme, its parents),
 * compiles templates once per build, and adds Quire's functions and filters.
 */
package dev.quire.theme.pebble;
