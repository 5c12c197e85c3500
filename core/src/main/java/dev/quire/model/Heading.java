package dev.quire.model;

/**
 * A heading of a post or page, as listed in its table of contents.
 *
 * @param level 2 for {@code ##}, 3 for {@code ###}, ...
 * @param id    the anchor, unique within the page
 * @param text  the heading as plain text
 */
public record Heading(int level, String id, String text) implements java.io.Serializable {
}
