/** Finding arXiv ids in URLs, text and Markdown ASTs; pure code, no I/O. */
package dev.quire.plugin.arxiv.detect;
