/**
 * Moving a Docusaurus blog to Quire ({@code quire init --from-docusaurus}): reading what can be
 * read of {@code docusaurus.config.js}/{@code .ts} without running it, and copying the blog,
 * its authors and tags, static files and Markdown pages into a new site, never writing into the
 * Docusaurus site and never reading outside it.
 */
package dev.quire.cli.docusaurus;
