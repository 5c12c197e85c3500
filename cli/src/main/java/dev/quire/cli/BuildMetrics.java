package dev.quire.cli;

import dev.quire.BuildResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * {@code quire build --metrics}: where the time of a build went. First the stages, as they ran,
 * with their wall-clock time, their share of the build and a bar; then a table of each plugin's
 * time per hook, so a slow plugin and the hook it is slow in stand out.
 */
final class BuildMetrics {

    private static final int BAR_WIDTH = 24;

    private final Terminal terminal;

    BuildMetrics(Terminal terminal) {
        this.terminal = terminal;
    }

    void print(BuildResult result, PrintWriter out) {
        long total = Math.max(1, result.elapsed().toNanos());
        out.println();
        out.println(terminal.paint("Time per stage", Style.bold) + " (wall clock; the build took "
                + Report.seconds(result.elapsed()) + ")");
        int nameWidth = result.stages().keySet().stream().mapToInt(String::length).max().orElse(0);
        result.stages().forEach((stage, time) -> {
            double share = (double) time.toNanos() / total;
            int filled = (int) Math.round(Math.min(1, share) * BAR_WIDTH);
            out.println("  " + pad(stage, nameWidth) + "  " + millis(time) + "  "
                    + String.format(Locale.ROOT, "%3.0f%%", share * 100)
                    + (filled == 0 ? "" : "  " + terminal.paint("#".repeat(filled), Style.fg_cyan)));
        });
        if (!result.plugins().isEmpty()) {
            printPlugins(result.plugins(), out);
        }
        printWork(result, out);
        out.flush();
    }

    /** Hooks down, plugins across: there are few plugins and their names are short. */
    private void printPlugins(Map<String, Map<String, Duration>> plugins, PrintWriter out) {
        Set<String> hooks = new LinkedHashSet<>();
        plugins.values().forEach(h -> hooks.addAll(h.keySet()));
        List<String> rows = new ArrayList<>(hooks);
        rows.add("total");
        int hookWidth = rows.stream().mapToInt(String::length).max().orElse(0);
        int cell = Math.max(millis(Duration.ZERO).length(), plugins.keySet().stream().mapToInt(String::length).max().orElse(0));
        out.println();
        out.println(terminal.paint("Time per plugin", Style.bold)
                + " (transform runs on many threads at once: its time is summed over them)");
        StringBuilder header = new StringBuilder("  " + pad("", hookWidth));
        plugins.keySet().forEach(plugin -> header.append("  ").append(leftPad(plugin, cell)));
        out.println(terminal.paint(header.toString(), Style.bold));
        for (String row : rows) {
            StringBuilder line = new StringBuilder("  " + pad(row, hookWidth));
            for (Map<String, Duration> times : plugins.values()) {
                Duration time = row.equals("total")
                        ? times.values().stream().reduce(Duration.ZERO, Duration::plus) : times.get(row);
                line.append("  ").append(leftPad(time == null ? "-" : millis(time), cell));
            }
            out.println(line);
        }
    }

    /** Steps summed over threads, and the five slowest templates. */
    private void printWork(BuildResult result, PrintWriter out) {
        out.println();
        out.println(terminal.paint("Time per step and template", Style.bold) + " (summed over threads)");
        result.work().forEach((step, time) -> out.println("  " + pad(step, 24) + "  " + millis(time)));
        result.templates().stream().limit(5).forEach(t -> out.println("  " + pad("template " + t.template(), 24)
                + "  " + millis(t.total()) + String.format(Locale.ROOT, "  %,d %s, %.2f ms each", t.pages(),
                        t.pages() == 1 ? "page" : "pages", t.total().toNanos() / 1e6 / Math.max(1, t.pages()))));
    }

    private static String millis(Duration time) {
        return String.format(Locale.ROOT, "%8.1f ms", time.toNanos() / 1e6);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String leftPad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
