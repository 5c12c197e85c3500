package dev.quire.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that lists rows about a site in the format the user picks ({@code --format table|tsv|json}),
 * such as {@code quire list} and {@code quire papers list}: it takes the site's options and the
 * format, and exits 0 with the rows or 1 when the site has errors. A subclass makes the rows.
 *
 * @param <R> the record of one row; its components are the columns, in order
 */
public abstract class ListingCommand<R extends Record> implements Callable<Integer> {

    @Mixin
    protected SiteOptions site;

    @Mixin
    protected FormatOption output;

    @Spec
    protected CommandSpec spec;

    private final Class<R> rowType;

    protected ListingCommand(Class<R> rowType) {
        this.rowType = rowType;
    }

    /**
     * The rows of the site in {@link #site}, or empty when it has errors, which this reports on
     * {@code err}, with a line that says nothing was listed.
     */
    protected abstract Optional<List<R>> rows(PrintWriter err);

    @Override
    public final Integer call() {
        Optional<List<R>> rows = rows(spec.commandLine().getErr());
        if (rows.isEmpty()) {
            return 1;
        }
        output.format.print(spec.commandLine().getOut(), rowType, rows.get());
        return 0;
    }
}
