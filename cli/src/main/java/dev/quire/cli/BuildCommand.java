package dev.quire.cli;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.Quire;
import dev.quire.command.Console;
import dev.quire.diagnostics.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quire build}: builds the site into a folder, replacing the previous build only on success. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site. The previous output stays untouched unless the build succeeds.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the site was built", "1:the content has errors (nothing was replaced)", "2:wrong usage"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    BuildChoices choices;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where to write the site. Default: SITE/build.")
    Path out;


    @Option(names = "--clean", description = "Build everything from nothing, instead of only what changed since the last build.")
    boolean clean;

    @Option(names = "--metrics", description = "Print the time spent in each stage, and by each plugin in each hook.")
    boolean metrics;

    @Spec
    CommandSpec spec;

    @ParentCommand
    QuireCommand quire;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Terminal terminal = quire.terminal();
        BuildOptions options = choices.options(this.out, clean);
        BuildResult result;
        try (ProgressDisplay progress = ProgressDisplay.start(terminal, err)) {
            result = Quire.build(options, diagnostic -> { }, progress);
        }
        new GroupedDiagnostics(terminal, err).print(result.diagnostics());
        new Report(err).causes(result, quire.debug());
        if (!result.success()) {
            err.println("quire: " + terminal.paint("build failed", Style.bold, Style.fg_red) + " with "
                    + Console.plural(result.count(Severity.ERROR), "error") + "; " + options.output()
                    + " was left as it was");
        } else {
            new BuildSummary(terminal).print(result, out);
        }
        if (metrics) {
            new BuildMetrics(terminal).print(result, out);
        }
        return result.success() ? 0 : 1;
    }
}
