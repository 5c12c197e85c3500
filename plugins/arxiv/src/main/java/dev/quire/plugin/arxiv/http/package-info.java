/** Polite HTTP for metadata APIs: pacing, retries with backoff, time limits, capped bodies. */
package dev.quire.plugin.arxiv.http;
