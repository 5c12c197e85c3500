/** Quire's Markdown on flexmark: the parser and renderer setup, math, heading anchors, excerpts. */
package dev.quire.internal.markdown;
