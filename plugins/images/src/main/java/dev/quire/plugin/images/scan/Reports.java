package dev.quire.plugin.images.scan;

import dev.quire.plugin.PluginContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What planning a post found worth telling, kept instead of reported at once, so that a plan
 * remembered between builds ({@link PluginContext#memo}) tells it again in every build that uses it.
 * Used by one thread at a time.
 */
public final class Reports implements Serializable {

    private enum Severity { ERROR, WARNING, INFO }

    private record Report(Severity severity, String file, int line, String message) implements Serializable {
    }

    private final List<Report> reports = new ArrayList<>();

    public void error(String file, int line, String message) {
        reports.add(new Report(Severity.ERROR, file, line, message));
    }

    public void warning(String file, int line, String message) {
        reports.add(new Report(Severity.WARNING, file, line, message));
    }

    public void info(String file, int line, String message) {
        reports.add(new Report(Severity.INFO, file, line, message));
    }

    /** Reports everything, in the order it was found. */
    public void replay(PluginContext context) {
        for (Report report : reports) {
            switch (report.severity()) {
                case ERROR -> context.error(report.file(), report.line(), report.message());
                case WARNING -> context.warning(report.file(), report.line(), report.message());
                case INFO -> context.info(report.file(), report.line(), report.message());
            }
        }
    }
}
