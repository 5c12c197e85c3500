package dev.quire.cli;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.cli.serve.DevServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code quire serve}: builds the site, serves it, and rebuilds and reloads open pages on every
 * change. Writes into {@code SITE/.quire/serve/}, never into the folder {@code quire build}
 * publishes from, since it shows drafts and adds a reload script.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Builds the site, serves it on this computer, and rebuilds it and reloads open pages on every "
                + "change of a post, page, template, static file or quire.yml.",
            "A failed rebuild keeps the last good site and shows the errors on every page. Stop with Ctrl+C."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "1:the server could not start", "2:wrong usage"})
final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE", defaultValue = ".",
            description = "The site folder (the one with quire.yml). Default: the current folder.")
    Path site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313", description = "Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this computer only).")
    String bind;

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show posts and pages marked 'draft: true' (default); --no-drafts hides them.")
    boolean drafts;

    @Option(names = "--metrics", description = "After each build, print the time spent in each stage, "
            + "and by each plugin in each hook.")
    boolean metrics;

    @Spec
    CommandSpec spec;

    @ParentCommand
    QuireCommand quire;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Report report = new Report(err);
        Path root = site.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(root, root.resolve(".quire").resolve("serve"), drafts, "/", false, false);
        try (DevServer server = new DevServer(options, new InetSocketAddress(bind, port), report::print, line -> {
            out.println(line);
            out.flush();
        }, result -> {
            if (metrics) {
                new BuildMetrics(quire.terminal()).print(result, out);
            }
        })) {
            BuildResult first = server.start();
            InetSocketAddress address = server.address();
            out.println("Serving " + root + " at http://" + address.getHostString() + ":" + address.getPort() + "/"
                    + (first.success() ? "" : " (the first build failed; fix the errors and save)"));
            out.flush();
            new CountDownLatch(1).await();
        } catch (java.net.BindException e) {
            err.println("quire: cannot listen on " + bind + ":" + port + ": " + e.getMessage()
                    + "; choose another --port");
            return 1;
        }
        return 0;
    }
}
