/** Turns arXiv and Hugging Face paper links into enriched references: metadata, cache, cards, paper index. */
package dev.quire.plugin.arxiv;
