package dev.quire.internal.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a post's path inside the blog folder says, by Docusaurus's rules: a date anywhere in the
 * path ({@code 2025-11-28-slug.md}, {@code 2025/11/28/slug.md}, {@code 2025-11-28/index.md}, ...)
 * becomes the date and the start of the slug; {@code /index} and the extension are dropped.
 *
 * @param date the date in the path, or {@code null}
 * @param text what remains of the name, used as the title when nothing better exists
 * @param slug the URL path below the blog's route, starting with {@code /}
 */
public record BlogFileName(LocalDate date, String text, String slug) {

    private static final Pattern DATED = Pattern.compile(
            "^(?<folder>.*)(?<date>\\d{4}[-/]\\d{1,2}[-/]\\d{1,2})[-/]?(?<text>.*?)(?:/index)?\\.mdx?$");
    private static final Pattern EXTENSION = Pattern.compile("(?:/index)?\\.mdx?$");

    /**
     * @param relative the post's path relative to the blog folder, with {@code /} separators
     */
    public static BlogFileName parse(String relative) {
        Matcher m = DATED.matcher(relative);
        if (m.matches()) {
            LocalDate date = toDate(m.group("date"));
            if (date != null) {
                String folder = m.group("folder");
                String text = m.group("text");
                String slug = "/" + m.group("date").replace('-', '/') + "/" + folder + text;
                return new BlogFileName(date, text, slug);
            }
        }
        String text = EXTENSION.matcher(relative).replaceFirst("");
        return new BlogFileName(null, text, "/" + text);
    }

    private static LocalDate toDate(String text) {
        String[] parts = text.split("[-/]");
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
