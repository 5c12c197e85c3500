/** RSS 2.0 and Atom (Rome), JSON Feed, sitemap and robots.txt. */
package dev.quire.plugin.feeds;
