package dev.quire.diagnostics;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Worth knowing; never fails a build. */
    INFO,
    /** Probably a mistake; fails the build only with {@code --strict}. */
    WARNING,
    /** The site cannot be built correctly; the build fails and the previous output stays. */
    ERROR;

    /** The lower-case word used when printing, e.g. {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
