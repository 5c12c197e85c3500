/**
 * {@code quire serve}: an HTTP server for the built site that serves only from the output folder,
 * a watcher that rebuilds the site incrementally when a file changes, and live reload of open
 * pages (server-sent events), with an overlay that shows why a rebuild failed.
 */
package dev.quire.cli.serve;
