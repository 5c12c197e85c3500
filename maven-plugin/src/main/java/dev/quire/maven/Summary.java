package dev.quire.maven;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import java.util.Locale;

/** The one-line summaries the goals log about a build. */
final class Summary {

    private Summary() {
    }

    /** E.g. {@code 3 posts and 1 page, 2 warnings}: what was found, without where it went. */
    static String contents(BuildResult result) {
        long warnings = result.count(Severity.WARNING);
        return count(result.posts(), "post") + " and " + count(result.pages(), "page")
                + (warnings == 0 ? "" : ", " + count(warnings, "warning"));
    }

    /** E.g. {@code 25 files, 120.3 KB, in 0.84 s}. */
    static String output(BuildResult result) {
        return count(result.files(), "file") + ", " + size(result.bytes()) + ", in "
                + String.format(Locale.ROOT, "%.2f s", result.elapsed().toNanos() / 1e9);
    }

    static String count(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
