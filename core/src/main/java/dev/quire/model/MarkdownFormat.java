package dev.quire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Docusaurus's {@code markdown.format}: which files are read as MDX and which as CommonMark.
 *
 * <ul>
 *   <li>{@code mdx}: every file is MDX, {@code .md} too (Docusaurus 3's default);</li>
 *   <li>{@code md}: every file is CommonMark, {@code .mdx} too;</li>
 *   <li>{@code detect}: {@code .mdx} files are MDX, the others CommonMark.</li>
 * </ul>
 */
public enum MarkdownFormat {
    MDX, MD, DETECT;

    /** How {@code quire.yml} writes it. */
    @JsonValue
    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From {@code quire.yml}: {@code mdx}, {@code md} or {@code detect}. */
    @JsonCreator
    public static MarkdownFormat of(String value) {
        for (MarkdownFormat format : values()) {
            if (format.yaml().equals(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException("must be mdx, md or detect");
    }

    /** Whether the file named {@code fileName} is read as MDX. */
    public boolean readsAsMdx(String fileName) {
        return switch (this) {
            case MDX -> true;
            case MD -> false;
            case DETECT -> fileName.toLowerCase(Locale.ROOT).endsWith(".mdx");
        };
    }
}
