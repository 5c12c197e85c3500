/** What the plugin makes of papers: enriched links in the AST, BibTeX, JSON-LD. */
package dev.quire.plugin.arxiv.render;
