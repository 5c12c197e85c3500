package dev.quire.internal.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates authors write: in front matter, and at the start of a title. */
final class Dates {

    private static final Pattern TITLE_DATE = Pattern.compile(
            "^\\s*(\\d{4})\\s*(?:[-./]|년)\\s*(\\d{1,2})\\s*(?:[-./]|월)\\s*(\\d{1,2})(?:\\s*일)?(?![\\d])");

    private Dates() {
    }

    /**
     * Parses a front matter date: {@code 2025-11-28}, {@code 2025-11-28T09:30}, with seconds,
     * a zone ({@code Z}, {@code +09:00}) or a space instead of {@code T}. Without a zone, UTC.
     */
    static Optional<ZonedDateTime> parse(String text) {
        String value = text.strip();
        try {
            if (value.length() <= 10) {
                return Optional.of(lenientDate(value).atStartOfDay(ZoneOffset.UTC));
            }
            String iso = value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T").replace(" ", "");
            try {
                return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.of(LocalDateTime.parse(iso).atZone(ZoneOffset.UTC));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate lenientDate(String value) {
        String[] parts = value.split("[-/]");
        if (parts.length != 3 || parts[0].length() != 4) {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    /** The date a title starts with, e.g. {@code 2025-11-28 papers review} or {@code 2025년 11월 28일 리뷰}. */
    static Optional<LocalDate> atStartOf(String title) {
        Matcher m = TITLE_DATE.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
