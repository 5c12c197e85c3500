/** Paper metadata: the arXiv API (Atom), the Hugging Face papers API, and the {@code papers.json} cache. */
package dev.quire.plugin.arxiv.metadata;
