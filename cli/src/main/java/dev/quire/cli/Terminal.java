package dev.quire.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * What the output goes to, decided once at start: whether a person watches it on an interactive
 * terminal (then a progress bar redraws one line), or it goes to a file or a CI log (then
 * progress is plain lines); whether colour is wanted; how wide a line may be.
 *
 * @param interactive a person watches a terminal that understands cursor movement, and no CI runs
 * @param colour      colour and bold are wanted: an interactive terminal, {@code NO_COLOR} unset
 *                    (see no-color.org) and {@code TERM} not {@code dumb}
 * @param width       columns a line may take
 */
record Terminal(boolean interactive, boolean colour, int width) {

    private static final int DEFAULT_WIDTH = 80;

    /** Output to a file or a pipe: no progress bar, no colour. */
    static Terminal plain() {
        return new Terminal(false, false, DEFAULT_WIDTH);
    }

    /** The terminal this process runs in, judged from its environment. */
    static Terminal detect() {
        return of(System.getenv(), isTty(System.console()));
    }

    /**
     * @param env the environment variables
     * @param tty whether standard input and output are a terminal
     */
    static Terminal of(Map<String, String> env, boolean tty) {
        boolean dumb = "dumb".equals(env.get("TERM"));
        boolean ci = isSet(env.get("CI")) && !"false".equalsIgnoreCase(env.get("CI"));
        boolean colour = tty && !dumb && !isSet(env.get("NO_COLOR"));
        return new Terminal(tty && !dumb && !ci, colour, width(env.get("COLUMNS")));
    }

    /** picocli's switch for help texts, matching {@link #colour()}. */
    Ansi ansi() {
        return colour ? Ansi.ON : Ansi.OFF;
    }

    /**
     * {@code text} in {@code styles} (e.g. {@code bold}, {@code fg_red}), or as it is without colour.
     * It ends with a full reset: the code that turns bold off alone means double underline to some
     * terminals.
     */
    String paint(String text, Ansi.Style... styles) {
        return colour && !text.isEmpty() ? Ansi.Style.on(styles) + text + Ansi.Style.reset.on() : text;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }

    private static int width(String columns) {
        try {
            int width = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
            return width >= 20 ? width : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /**
     * Before Java 22 a console exists only for a terminal; from 22 on it may stand for a pipe too,
     * and {@code isTerminal()} (not in Java 17's API, hence looked up) tells them apart.
     */
    private static boolean isTty(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
