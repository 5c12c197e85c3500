/**
 * Records which parts of the model a page's rendering read ({@link dev.quire.theme.ModelReads} is
 * how theme engines report them), so that an incremental build can tell which pages a change
 * reaches without knowing what the theme's templates look at.
 */
package dev.quire.internal.trace;
