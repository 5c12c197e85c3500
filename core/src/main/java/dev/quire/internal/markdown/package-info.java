/**
 * Quire's Markdown on flexmark: the parser and renderer setup, math, code blocks as Docusaurus
 * shows them (titles, highlighted lines, line numbers, diagrams), heading anchors, excerpts.
 */
package dev.quire.internal.markdown;
