package dev.quire.theme.pebble;

import dev.quire.model.Content;
import dev.quire.model.PlainText;
import dev.quire.theme.ModelReads;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * What Quire adds to Pebble for themes.
 *
 * <p>Functions:
 * <ul>
 *   <li>{@code asset('quire.css')}: the fingerprinted URL of a theme asset;</li>
 *   <li>{@code t('read_more')}, {@code t('reading_time', 5)}: a UI string in the site's language;</li>
 *   <li>{@code templateExists('partials/x')}: whether the theme or the site has that template,
 *       for parts other plugins may contribute.</li>
 * </ul>
 * Filters:
 * <ul>
 *   <li>{@code 'papers/' | relative}: a site path with the base URL, {@code /base/papers/};</li>
 *   <li>{@code 'blog/tags' | pageUrl}: the URL of the page at a site path, as every link to it is
 *       written: {@code /base/blog/tags/}, or without the slash as the site's {@code trailing-slash} says;</li>
 *   <li>{@code page.url | absolute}: the absolute URL, for canonical links and previews;
 *       {@code image | absolute(page.url)} resolves a relative path against the page first;</li>
 *   <li>{@code post.date | longDate}: a date the way the site's language writes it ({@code 2025년 11월 28일});</li>
 *   <li>{@code post | readingTime}: minutes to read a post (or a string of HTML);</li>
 *   <li>{@code html | excerpt(160)}: the start of some HTML as plain text;</li>
 *   <li>{@code value | json}: JSON safe inside {@code <script>}, e.g. for JSON-LD.</li>
 * </ul>
 */
final class QuireExtension extends AbstractExtension {

    private final SiteUrls urls;
    private final Assets assets;
    private final Strings strings;
    private final Predicate<String> templates;
    private final DateTimeFormatter longDate;
    private final Map<Content, Integer> readingTimes = new ConcurrentHashMap<>();

    QuireExtension(SiteUrls urls, Assets assets, Strings strings, Predicate<String> templates, Locale locale) {
        this.urls = urls;
        this.assets = assets;
        this.strings = strings;
        this.templates = templates;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new RecordingAttributes());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "asset", function(List.of("name"), args -> asset(String.valueOf(args.get("name")))),
                "t", function(List.of("key", "n"), args -> strings.get(String.valueOf(args.get("key")), number(args.get("n")))),
                "templateExists", function(List.of("name"), args -> templates.test(String.valueOf(args.get("name")))));
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "relative", filter(List.of(), (input, args) -> input == null ? null : urls.relative(input.toString())),
                "pageUrl", filter(List.of(), (input, args) -> input == null ? null : urls.page(input.toString())),
                "absolute", filter(List.of("base"), (input, args) -> input == null ? null
                        : urls.absolute(input.toString(), args.get("base") == null ? null : args.get("base").toString())),
                "longDate", filter(List.of(), (input, args) ->
                        input instanceof TemporalAccessor time ? longDate.format(time) : input),
                "readingTime", filter(List.of(), (input, args) -> readingTime(input)),
                "excerpt", filter(List.of("length"), (input, args) -> input == null ? "" : Excerpt.of(input.toString(),
                        args.get("length") instanceof Number n ? n.intValue() : 160)),
                "json", filter(List.of(), (input, args) -> new SafeString(Json.forScript(input))));
    }

    private String asset(String name) {
        String url = assets.url(name);
        if (url == null) {
            throw new IllegalArgumentException("the theme has no asset '" + name + "'");
        }
        return url;
    }

    private int readingTime(Object input) {
        if (input instanceof Content content) {
            ModelReads.read(content, "text");
            return readingTimes.computeIfAbsent(content, c -> ReadingTime.minutes(c.text()));
        }
        return input == null ? 0 : ReadingTime.minutes(PlainText.of(input.toString()));
    }

    private static Number number(Object value) {
        if (value == null || value instanceof Number) {
            return (Number) value;
        }
        throw new IllegalArgumentException("t(): the count must be a number, not '" + value + "'");
    }

    private static Function function(List<String> names, java.util.function.Function<Map<String, Object>, Object> body) {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                try {
                    return body.apply(args);
                } catch (IllegalArgumentException e) {
                    throw new PebbleException(e, e.getMessage(), line, self.getName());
                }
            }

            @Override
            public List<String> getArgumentNames() {
                return names;
            }
        };
    }

    private static Filter filter(List<String> names, BiFunction<Object, Map<String, Object>, Object> body) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                    int line) {
                try {
                    return body.apply(input, args);
                } catch (IllegalArgumentException e) {
                    throw new PebbleException(e, e.getMessage(), line, self.getName());
                }
            }

            @Override
            public List<String> getArgumentNames() {
                return names;
            }
        };
    }
}
