package dev.quire.cli;

import picocli.CommandLine;

/**
 * Turns an exception that escaped a command into one readable paragraph and exit code 1. A stack
 * trace is printed only with {@code --debug} (or {@code QUIRE_DEBUG=1}), for bug reports.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (e instanceof UserError userError) {
            err.println("quire: " + userError.getMessage());
            return userError.exitCode();
        }
        err.println("quire: unexpected error: " + e + "\nThis is a bug in Quire; run again with --debug and report "
                + "what it prints.");
        if (debug(parsed)) {
            e.printStackTrace(err);
        }
        return 1;
    }

    static boolean debug(CommandLine.ParseResult parsed) {
        if ("1".equals(System.getenv("QUIRE_DEBUG"))) {
            return true;
        }
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** A problem the user can fix, with its message and exit code. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        UserError(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }
}
