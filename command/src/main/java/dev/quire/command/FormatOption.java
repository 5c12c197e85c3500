package dev.quire.command;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --format csv|json} of the listing commands; a picocli mixin. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = AnyCase.class,
            description = "csv or json. Default: ${DEFAULT-VALUE}.")
    public RowFormat format;

    /** Reads the format in any case, whatever the command line it is used in allows for enums. */
    static final class AnyCase implements CommandLine.ITypeConverter<RowFormat> {
        @Override
        public RowFormat convert(String value) {
            for (RowFormat format : RowFormat.values()) {
                if (format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException("expected csv or json but was '" + value + "'");
        }
    }
}
