/** Resolves MDX image imports and relative images; copies assets under content-hashed names with dimensions and responsive variants. */
package dev.quire.plugin.images;
