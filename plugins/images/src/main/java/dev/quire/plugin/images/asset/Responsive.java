package dev.quire.plugin.images.asset;

import java.util.List;

/**
 * Which resized copies to make.
 *
 * @param widths    the widths of the copies, ascending; an image gets those narrower than itself
 * @param widerThan only images wider than this get copies
 */
public record Responsive(List<Integer> widths, int widerThan) {

    public Responsive {
        widths = List.copyOf(widths);
    }

    /** The copies an image of {@code width} pixels gets; never wider than the image itself. */
    List<Integer> widthsFor(int width) {
        return width > widerThan ? widths.stream().filter(w -> w < width).toList() : List.of();
    }
}
