/**
 * Feeds and discovery for a Quire blog: RSS 2.0 and Atom 1.0 written with Rome, JSON Feed 1.1
 * with Jackson, per-tag feeds, {@code <link rel="alternate">} autodiscovery in every page's head,
 * {@code sitemap.xml} and {@code robots.txt}. Paths and item ids follow Docusaurus, so a blog
 * that moves over keeps its feed URLs and its readers' read state. Output depends only on the
 * site: dates come from posts, never from the clock.
 */
package dev.quire.plugin.feeds;
