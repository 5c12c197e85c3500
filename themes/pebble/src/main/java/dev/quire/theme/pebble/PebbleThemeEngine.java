package dev.quire.theme.pebble;

import dev.quire.theme.Theme;
import dev.quire.theme.ThemeContext;
import dev.quire.theme.ThemeEngine;

/** Quire's theme engine: themes written as Pebble templates. */
public final class PebbleThemeEngine implements ThemeEngine {

    @Override
    public Theme load(ThemeContext context) {
        return PebbleTheme.load(context);
    }
}
