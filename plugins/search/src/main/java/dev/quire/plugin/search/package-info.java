/**
 * Client-side search: a JSON index of every listed post and every page, written at build time,
 * which the theme's script loads when a reader opens the search box. No outside service.
 */
package dev.quire.plugin.search;
