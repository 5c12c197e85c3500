package dev.quire.theme.pebble;

import dev.quire.model.Content;
import dev.quire.model.SiteSettings;
import dev.quire.model.Urls;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Quire adds to Pebble for themes.
 * <ul>
 *   <li>{@code asset('quire.css')}: the fingerprinted URL of a theme asset;</li>
 *   <li>{@code t('read_more')}: a UI string in the site's language;</li>
 *   <li>{@code path | absolute}: the absolute URL of a site path (for canonical links and feeds);</li>
 *   <li>{@code date | longDate}: a date the way the site's language writes it ({@code 2025년 11월 28일});</li>
 *   <li>{@code post | readingTime}: minutes to read, counting words and CJK characters.</li>
 * </ul>
 */
final class QuireExtension extends AbstractExtension {

    private final SiteSettings settings;
    private final Assets assets;
    private final Strings strings;
    private final Locale locale;

    QuireExtension(SiteSettings settings, Assets assets, Strings strings, Locale locale) {
        this.settings = settings;
        this.assets = assets;
        this.strings = strings;
        this.locale = locale;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "asset", function(List.of("name"), args -> {
                    String name = String.valueOf(args.get("name"));
                    String url = assets.url(name);
                    if (url == null) {
                        throw new IllegalArgumentException("the theme has no asset '" + name + "'");
                    }
                    return url;
                }),
                "t", function(List.of("key"), args -> strings.get(String.valueOf(args.get("key")))));
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "absolute", filter(input -> input == null ? null : absolute(input.toString())),
                "longDate", filter(input -> input instanceof TemporalAccessor time
                        ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(time) : input),
                "readingTime", filter(input -> input instanceof Content content ? ReadingTime.minutes(content.html()) : 0));
    }

    private String absolute(String path) {
        if (Urls.isExternal(path) || settings.url() == null) {
            return path;
        }
        return settings.url() + Urls.encodePath(path.startsWith("/") ? path : settings.baseUrl() + path);
    }

    private static Function function(List<String> names, java.util.function.Function<Map<String, Object>, Object> body) {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return body.apply(args);
            }

            @Override
            public List<String> getArgumentNames() {
                return names;
            }
        };
    }

    private static Filter filter(java.util.function.Function<Object, Object> body) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                    int line) {
                return body.apply(input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }
}
