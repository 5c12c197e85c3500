/**
 * Client-side search: an index of every listed post and every page, written at build time as a
 * manifest, term shards and chunks of results, so that the theme's script reads only the few files
 * a search needs. No outside service.
 */
package dev.quire.plugin.search;
