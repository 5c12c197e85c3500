package dev.quire.cli;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.Quire;
import dev.quire.diagnostics.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quire build}: builds the site into a folder, replacing the previous build only on success. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site. The previous output stays untouched unless the build succeeds.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the site was built", "1:the content has errors (nothing was replaced)", "2:wrong usage"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteArgument site;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where to write the site. Default: SITE/build.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Publish under this path (/repo/) or at this address (https://user.github.io/repo/).")
    String baseUrl;

    @Option(names = "--offline", description = "Never use the network; plugins use their caches (e.g. papers.json).")
    boolean offline;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--metrics", description = "Print the time spent in each stage and plugin.")
    boolean metrics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Report report = new Report(err);
        BuildOptions options = new BuildOptions(site.site, this.out, site.drafts, baseUrl, offline, strict);
        BuildResult result = Quire.build(options, report::print);
        report.causes(result, site.debug);
        if (metrics) {
            printMetrics(out, result.stages());
        }
        if (!result.success()) {
            err.println("quire: build failed with " + Report.plural(result.count(Severity.ERROR), "error")
                    + "; " + options.output() + " was left as it was");
            return 1;
        }
        out.println("Built " + Report.plural(result.posts(), "post") + " and " + Report.plural(result.pages(), "page")
                + " into " + result.output() + " (" + Report.plural(result.files(), "file") + ", "
                + Report.size(result.bytes()) + ") in " + Report.seconds(result.elapsed())
                + warnings(result.count(Severity.WARNING)));
        return 0;
    }

    private static String warnings(long count) {
        return count == 0 ? "" : " with " + Report.plural(count, "warning");
    }

    private static void printMetrics(java.io.PrintWriter out, Map<String, Duration> stages) {
        out.println("Time per stage (summed over threads):");
        stages.forEach((stage, time) -> out.printf("  %-40s %9.1f ms%n", stage, time.toNanos() / 1e6));
    }
}
