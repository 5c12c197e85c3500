package dev.quire.theme.pebble;

import dev.quire.diagnostics.QuireException;
import dev.quire.theme.Theme;
import dev.quire.theme.ThemeContext;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A theme loaded for one build: one Pebble engine, templates compiled once and shared by threads. */
final class PebbleTheme implements Theme {

    private final PebbleEngine engine;
    private final LayeredLoader loader;
    private final Locale locale;
    private final Assets assets;
    private final Strings strings;

    private PebbleTheme(PebbleEngine engine, LayeredLoader loader, Locale locale, Assets assets, Strings strings) {
        this.engine = engine;
        this.loader = loader;
        this.locale = locale;
        this.assets = assets;
        this.strings = strings;
    }

    static PebbleTheme load(ThemeContext context) {
        List<ThemeLayers.Layer> layers = ThemeLayers.resolve(context);
        LayeredLoader loader = new LayeredLoader(layers);
        Locale locale = Locale.forLanguageTag(context.settings().language());
        Assets assets = Assets.collect(layers, context.settings().baseUrl(), context.loader());
        Strings strings = Strings.load(layers, context.settings().language());
        QuireExtension extension = new QuireExtension(new SiteUrls(context.settings()), assets, strings,
                name -> loader.find(name) != null, locale);
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(false)
                .newLineTrimming(true)
                .defaultLocale(locale)
                .cacheActive(true)
                .extension(extension)
                .build();
        return new PebbleTheme(engine, loader, locale, assets, strings);
    }

    @Override
    public boolean hasTemplate(String name) {
        return loader.find(name) != null;
    }

    @Override
    public Set<String> render(String template, Map<String, Object> model, Writer out) {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            return assets.usedDuring(() -> compiled.evaluate(out, model, locale));
        } catch (PebbleException e) {
            throw located(template, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text(String key, Number n) {
        return strings.has(key) ? strings.get(key, n) : null;
    }

    @Override
    public Map<String, byte[]> assets(Set<String> used) {
        return assets.files(used);
    }

    /** Turns a Pebble error into a message that names the template file and line. */
    private QuireException located(String template, PebbleException e) {
        String name = e.getFileName() != null ? e.getFileName() : template;
        LayeredLoader.Found found = loader.find(name);
        String file = found != null ? found.describe() : name;
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getMessage();
        }
        // Pebble names the end of the template as the character NUL, which a terminal does not show.
        message = message.replace("[\0]", "[the end of the template]");
        return new QuireException(file, line, "template error: " + message.replaceAll("\\s+", " ").strip(), e);
    }
}
