/**
 * What a site is made of: settings, posts, pages, tags, authors. Plugins and themes read these;
 * the loader in {@code dev.quire.internal.content} creates them.
 */
package dev.quire.model;
