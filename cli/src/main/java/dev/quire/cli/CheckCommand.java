package dev.quire.cli;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.Quire;
import dev.quire.command.Console;
import dev.quire.diagnostics.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quire check}: builds the site into a temporary folder and checks it, links first; the
 * published output is never touched, so it suits pull requests.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Checks the site without publishing it: everything a build reports, plus every link.",
                "Broken links in posts are errors, and every href, src, srcset and #fragment of every built page "
                        + "(templates and plugins included) must lead to a page, a file and an element of the site."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no problems", "1:problems were found", "2:wrong usage"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    BuildChoices choices;


    @Spec
    CommandSpec spec;

    @ParentCommand
    QuireCommand quire;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Terminal terminal = quire.terminal();
        Path scratch = Files.createTempDirectory("quire-check-");
        try {
            BuildOptions options = choices.options(scratch.resolve("site"), false);
            BuildResult result;
            try (ProgressDisplay progress = ProgressDisplay.start(terminal, err)) {
                result = Quire.check(options, diagnostic -> { }, progress);
            }
            new GroupedDiagnostics(terminal, err).print(result.diagnostics());
            new Report(err).causes(result, quire.debug());
            if (!result.success()) {
                err.println("quire: " + terminal.paint("check failed", Style.bold, Style.fg_red) + " with "
                        + Console.plural(result.count(Severity.ERROR), "error") + "; nothing was published");
                return 1;
            }
            spec.commandLine().getOut().println("Checked " + Console.plural(result.posts(), "post") + " and "
                    + Console.plural(result.pages(), "page") + " (" + Console.plural(result.files(), "file")
                    + "): no broken links" + (result.count(Severity.WARNING) == 0 ? ""
                            : ", " + Console.plural(result.count(Severity.WARNING), "warning")));
            return 0;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
