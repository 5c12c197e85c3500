package dev.quire.internal.mdx;

/**
 * One name an {@code import} binds, or a side-effect import ({@code import './x.css'}) with no name.
 *
 * @param binding the local name; null for a side-effect import
 * @param from    the module specifier as written, loader prefixes included ({@code !!raw-loader!./x.py})
 * @param offset  the offset of the {@code import} keyword in the parsed text
 */
public record EsmImport(String binding, String from, int offset) {
}
