/**
 * Records which parts of the model a page's rendering read, so that an incremental build can tell
 * which pages a change reaches without knowing what the theme's templates look at.
 */
package dev.quire.internal.trace;
