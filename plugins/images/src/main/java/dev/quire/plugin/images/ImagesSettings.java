package dev.quire.plugin.images;

import dev.quire.settings.Setting;
import java.util.List;
import java.util.Objects;

/**
 * The {@code images:} section of {@code quire.yml}; a missing key takes its default.
 * Each component's {@link Setting} says what it does, for the configuration reference.
 */
@Setting("Pictures and files posts use: published under content-hashed names with their width and height, and, "
        + "for wide pictures, resized copies offered through `srcset`.")
public record ImagesSettings(
        @Setting("The widths of the resized copies, in pixels; never wider than the picture itself.")
        List<Integer> widths,
        @Setting("Only pictures wider than this many pixels get resized copies.")
        Integer widerThan,
        @Setting("The `sizes` attribute of pictures with copies: how wide the theme shows them.")
        String sizes,
        @Setting("The JPEG quality of the copies, above 0 and at most 1.")
        Double quality) {

    static final List<Integer> DEFAULT_WIDTHS = List.of(480, 960, 1440);
    static final int DEFAULT_WIDER_THAN = 800;
    static final String DEFAULT_SIZES = "(max-width: 800px) 100vw, 800px";
    static final double DEFAULT_QUALITY = 0.82;
    private static final int MIN_WIDTH = 16;
    private static final int MAX_WIDTH = 10_000;

    public ImagesSettings {
        widths = widths == null ? DEFAULT_WIDTHS : widths.stream().filter(Objects::nonNull).distinct().sorted().toList();
        widerThan = widerThan == null ? DEFAULT_WIDER_THAN : widerThan;
        sizes = sizes == null || sizes.isBlank() ? DEFAULT_SIZES : sizes.strip();
        quality = quality == null ? DEFAULT_QUALITY : quality;
    }

    /** What is wrong with these settings, or {@code null} when nothing is. */
    String problem() {
        if (widths.stream().anyMatch(w -> w < MIN_WIDTH || w > MAX_WIDTH)) {
            return "'images.widths' must be whole numbers from " + MIN_WIDTH + " to " + MAX_WIDTH + ", not " + widths;
        }
        if (widerThan < 0) {
            return "'images.wider-than' must not be negative";
        }
        if (!(quality > 0 && quality <= 1)) {
            return "'images.quality' must be above 0 and at most 1 (e.g. 0.82), not " + quality;
        }
        return null;
    }
}
