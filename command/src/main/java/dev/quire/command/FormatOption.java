package dev.quire.command;

import picocli.CommandLine.Option;

/** {@code --format csv|json} of the listing commands. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv or json. Default: ${DEFAULT-VALUE}.")
    public RowFormat format;
}
