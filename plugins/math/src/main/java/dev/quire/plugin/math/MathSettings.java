package dev.quire.plugin.math;

import dev.quire.settings.Setting;
import java.util.Objects;

/**
 * The {@code math:} section of {@code quire.yml}.
 * Each component's {@link Setting} says what it does, for the configuration reference.
 */
@Setting("Formulas typeset with KaTeX when the site is built: pages with math load KaTeX's stylesheet and fonts but "
        + "no script.")
public record MathSettings(
        @Setting("Whether to typeset formulas at build time. Off, pages with math load KaTeX and typeset them in "
                + "the browser.")
        Boolean enabled) {

    public MathSettings {
        enabled = Objects.requireNonNullElse(enabled, true);
    }
}
