package dev.quire.plugin.feeds;

import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.plugin.PluginContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When a post or page was last changed, as its author states with Docusaurus's front matter
 * {@code last_update: {date: 2025-12-01}}: a feed's {@code updated} and a sitemap's
 * {@code lastmod}. Quire does not guess it from the file system, so builds stay reproducible.
 */
final class LastUpdate {

    private static final String KEY = "last_update";

    private final Map<Content, ZonedDateTime> dates = new IdentityHashMap<>();

    private LastUpdate() {
    }

    /** Reads the stated dates of {@code contents}; a date that cannot be read is a warning. */
    static LastUpdate of(Iterable<? extends Content> contents, PluginContext context) {
        LastUpdate result = new LastUpdate();
        for (Content content : contents) {
            if (content.frontMatter().get(KEY) instanceof Map<?, ?> lastUpdate && lastUpdate.get("date") != null) {
                String text = lastUpdate.get("date").toString();
                Optional<ZonedDateTime> date = parse(text);
                if (date.isPresent()) {
                    if (!(content instanceof Post post) || date.get().isAfter(post.date())) {
                        result.dates.put(content, date.get());
                    }
                } else {
                    context.warning(content.source(), 1, "last_update.date '" + text + "' is not a date like "
                            + "2025-12-01 or 2025-12-01T09:30:00+09:00; feeds and the sitemap leave it out");
                }
            }
        }
        return result;
    }

    /** The stated date of {@code content}, if any; for a post, only a date after its publication. */
    Optional<ZonedDateTime> of(Content content) {
        return Optional.ofNullable(dates.get(content));
    }

    /** ISO 8601 as YAML authors write it: a day, or a time with or without an offset (then UTC). */
    private static Optional<ZonedDateTime> parse(String text) {
        String value = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC));
            }
            try {
                return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.of(LocalDateTime.parse(value).atZone(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
