package dev.quire.cli;

import picocli.CommandLine.Option;

/** {@code --format csv|json} of the listing commands. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv or json. Default: ${DEFAULT-VALUE}.")
    RowFormat format;
}
