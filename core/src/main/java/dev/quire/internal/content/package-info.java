/**
 * Loading a site folder the way Docusaurus's blog plugin reads it: finding posts and pages,
 * front matter, choosing the MDX or CommonMark parser, dates, titles, slugs, permalinks, authors and tags.
 */
package dev.quire.internal.content;
