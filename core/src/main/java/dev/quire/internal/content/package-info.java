/**
 * Loading a site folder the way Docusaurus's blog plugin reads it: finding posts and pages,
 * front matter, the MDX step, dates, titles, slugs, permalinks, authors and tags.
 */
package dev.quire.internal.content;
