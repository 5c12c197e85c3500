package dev.quire.plugin.cards;

import dev.quire.settings.Setting;
import java.util.Objects;

/**
 * The {@code cards:} section of {@code quire.yml}.
 * Each component's {@link Setting} says what it does, for the configuration reference.
 */
@Setting("Social cards: a picture for link previews (`og:image`, `twitter:image`) of every post that has no picture "
        + "of its own, showing the site's title, the post's title, its date and the papers it covers.")
public record CardsSettings(
        @Setting("Whether to draw the cards.")
        Boolean enabled) {

    public CardsSettings {
        enabled = Objects.requireNonNullElse(enabled, true);
    }
}
