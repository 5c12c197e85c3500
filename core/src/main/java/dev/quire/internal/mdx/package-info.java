/**
 * MDX's syntax as flexmark extensions: ESM blocks, JSX in flow and in text, {@code {expressions}},
 * Docusaurus admonitions, and the options that turn off what MDX leaves out of CommonMark
 * (indented code, HTML, autolinks). The rules follow the MDX 3 compiler (micromark's MDX
 * extensions and mdast-util-mdx-jsx), including its syntax errors, which carry the offset of the
 * character at fault. {@link dev.quire.internal.mdx.MdxHtmlRenderer} renders what a static page
 * can show of the parsed nodes, from what {@link dev.quire.internal.mdx.MdxRendering} knows of the file.
 */
package dev.quire.internal.mdx;
