package dev.quire.internal.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates authors write: in front matter, and at the start of a title. */
final class Dates {

    private static final Pattern TITLE_DATE = Pattern.compile(
            "^\\s*(\\d{4})\\s*(?:[-./]|년)\\s*(\\d{1,2})\\s*(?:[-./]|월)\\s*(\\d{1,2})(?:\\s*일)?(?![\\d])");

    /**
     * A front matter date as Docusaurus takes it: a YAML timestamp (month, day and hour may have one
     * digit, {@code T} or spaces before the time, a fraction of a second, a zone {@code Z} or
     * {@code +09:00}), or a string that JavaScript's {@code Date} reads the same way, such as
     * {@code 2026/1/13} or a time without seconds.
     */
    private static final Pattern DATE = Pattern.compile("(?<year>\\d{4})([-/])(?<month>\\d{1,2})\\2(?<day>\\d{1,2})"
            + "(?:(?:[Tt]|[ \\t]+)(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.(?<fraction>\\d{1,9}))?)?"
            + "[ \\t]*(?<zone>Z|[-+]\\d{1,2}(?::?\\d{2})?)?)?");

    private Dates() {
    }

    /**
     * Parses a front matter date: {@code 2025-11-28}, {@code 2026-1-13}, {@code 2025-11-28T09:30},
     * with seconds and their fraction, a zone ({@code Z}, {@code +09:00}) or spaces instead of
     * {@code T}. Without a zone, UTC. A day that does not exist ({@code 2025-02-30}) is no date,
     * although JavaScript would quietly move it to March.
     */
    static Optional<ZonedDateTime> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(number(m, "year"), number(m, "month"), number(m, "day"));
            if (m.group("hour") == null) {
                return Optional.of(day.atStartOfDay(ZoneOffset.UTC));
            }
            String fraction = m.group("fraction") == null ? "0" : m.group("fraction");
            LocalDateTime time = day.atTime(number(m, "hour"), number(m, "minute"),
                    m.group("second") == null ? 0 : number(m, "second"),
                    Integer.parseInt((fraction + "00000000").substring(0, 9)));
            return Optional.of(time.atOffset(offset(m.group("zone"))).atZoneSameInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** {@code Z}, {@code +9}, {@code +09}, {@code +0930} or {@code +09:30}; none is UTC. */
    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
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
