package dev.quire.model;

/**
 * One binding made by an MDX {@code import} statement, e.g. {@code import img from './asset/x.png';}.
 *
 * @param binding the name the post uses, e.g. {@code img}
 * @param from    the module or file as written, e.g. {@code ./asset/x.png}
 * @param line    the line of the statement in the source file
 */
public record MdxImport(String binding, String from, int line) implements java.io.Serializable {

    /** Docusaurus components Quire renders itself: {@code <TOCInline />} and {@code <Admonition>}. */
    public static final java.util.Set<String> BUILT_IN_COMPONENTS = java.util.Set.of("TOCInline", "Admonition");

    /** True when the binding is a Docusaurus component Quire renders itself, so the import needs nothing. */
    public boolean isBuiltInComponent() {
        return BUILT_IN_COMPONENTS.contains(binding) && from.startsWith("@theme/");
    }

    /** True when {@code from} names a file next to the post rather than a package or alias. */
    public boolean isRelative() {
        return from.startsWith("./") || from.startsWith("../");
    }
}
