package dev.quire.cli;

import static dev.quire.cli.InProcessCli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.quire.cli.InProcessCli.Result;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken input, one row per case, run through the command line as a user runs it:
 * each row breaks a site that built fine, builds it again, and checks the exit code, the exact
 * lines printed (with file and line), that no stack trace or Java exception reaches the user, and
 * what became of the previous output: byte for byte the same after a failure, a whole new site
 * after a success.
 */
class HostileInputMatrixTest {

    private static final String POST = "blog/2025-11-01-fine.md";
    private static final String CONFIG = TestSite.DEFAULT_CONFIG
            // No row may reach the real arXiv: papers are looked up on a port nothing listens on.
            + "arxiv:\n  api-url: http://127.0.0.1:9/api/query\n  attempts: 1\n  timeout-seconds: 2\n";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path template;
    private final List<HttpServer> servers = new ArrayList<>();

    /** A site that builds, and its output: every row starts from a copy of both. */
    @BeforeAll
    static void buildTheGoodSite() throws IOException {
        TestSite site = TestSite.in(shared.resolve("template")).config(CONFIG)
                .post(POST, "# Fine\n\nA good post with a [link](/about/).\n")
                .post("pages/about.md", "# About\n\nAbout this blog.\n");
        Result result = cli("build", site.root().toString(), "--out", site.out().toString());
        assertThat(result.exit()).as(result.err()).isZero();
        template = shared.resolve("template");
    }

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    /** One case: how the site is broken, how quire is run, and what it must answer. */
    record Row(String name, Breaker breaker, List<String> options, int exit, List<String> lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Breaks a copy of the good site. */
    @FunctionalInterface
    interface Breaker {
        void breakIt(Fixture fixture) throws Exception;
    }

    /** What a row can change: the site, its output, and local servers standing in for arXiv. */
    final class Fixture {
        final TestSite site;
        final Map<String, String> expected = new TreeMap<>();

        Fixture(TestSite site) {
            this.site = site;
        }

        /** After a successful build, the output file {@code path} must contain {@code text}. */
        void expect(String path, String text) {
            expected.merge(path, text, (a, b) -> a + "\n" + b);
        }

        Path path(String relative) {
            return site.root().resolve(relative);
        }

        Fixture file(String relative, String text) {
            site.file(relative, text);
            return this;
        }

        Fixture file(String relative, byte[] bytes) {
            site.file(relative, bytes);
            return this;
        }

        /** Points the arXiv plugin at a local server that answers every request with {@code handler}. */
        Fixture arxiv(HttpHandler handler) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    handler.handle(exchange);
                } catch (IOException e) {
                    // The client gave up (e.g. its timeout): nothing more to send.
                }
            });
            server.start();
            servers.add(server);
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/query";
            site.config(TestSite.DEFAULT_CONFIG + "arxiv:\n  api-url: " + url
                    + "\n  attempts: 1\n  timeout-seconds: 2\n");
            return file("blog/2025-11-02-paper.md", "# Paper\n\nRead [this paper](https://arxiv.org/abs/2511.21541).\n");
        }
    }

    static Stream<Row> rows() {
        return Stream.of(HostileRows.all()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersClearlyAndKeepsThePreviousSite(Row row) throws Exception {
        TestSite site = copyOfTemplate();
        Fixture fixture = new Fixture(site);
        row.breaker.breakIt(fixture);
        Map<String, byte[]> before = tree(site.out());

        List<String> args = new ArrayList<>(List.of("build", site.root().toString(), "--out", site.out().toString()));
        args.addAll(row.options);
        Result result = cli(args.toArray(String[]::new));

        String printed = result.err() + result.out();
        assertThat(result.exit()).as(printed).isEqualTo(row.exit);
        List<String> lines = problemLines(result.err());
        for (String expected : row.lines) {
            assertThat(lines).as(printed).contains(expected.replace("{site}", site.root().toString())
                    .replace("{out}", site.out().toString()));
        }
        assertThat(printed).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:")
                .doesNotContain("unexpected error");
        if (row.exit == 0) {
            assertThat(site.out().resolve(".quire-build")).exists();
            assertThat(site.output("blog/2025/11/01/fine/index.html")).contains("A good post");
            fixture.expected.forEach((path, texts) -> texts.lines()
                    .forEach(text -> assertThat(site.output(path)).as(path).contains(text)));
            tree(site.out()).forEach((path, bytes) -> {
                if (path.endsWith(".html") || path.endsWith(".xml") || path.endsWith(".json")) {
                    assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path + " has no control characters")
                            .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
                }
            });
        } else {
            assertThat(lines).as(printed).contains("quire: build failed with " + errors(row.lines) + "; "
                    + site.out() + " was left as it was");
            assertSameTree(before, tree(site.out()));
        }
    }

    private static String errors(List<String> lines) {
        long count = lines.stream().filter(line -> line.contains("error: ")).count();
        return count + (count == 1 ? " error" : " errors");
    }

    private TestSite copyOfTemplate() throws IOException {
        copy(template, dir);
        return TestSite.in(dir).config(Files.readString(dir.resolve("site/quire.yml")));
    }

    /**
     * What the command line printed on standard error, with each problem on a line of its own as
     * {@code file:line: severity: message}: the command prints problems grouped under their file,
     * and a slow machine may add lines of progress, which are left out.
     */
    static List<String> problemLines(String err) {
        List<String> lines = new ArrayList<>();
        String file = null;
        for (String line : err.split("\\R")) {
            if (line.isEmpty() || line.matches("\\[[\\d.]+ s\\] .*")) {
                continue;
            }
            if (line.startsWith("  ") && file != null) {
                String problem = line.substring(2);
                lines.add(file + (problem.matches("\\d+(:\\d+)?: .*") ? ":" : ": ") + problem);
            } else if (line.startsWith("error: ") || line.startsWith("warning: ") || line.startsWith("quire: ")) {
                lines.add(line);
                file = null;
            } else {
                file = line;
            }
        }
        return lines;
    }

    /** Every file under {@code root} by relative path, with its bytes; empty when there is no folder. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends {@code body} with a status of 200. */
    static void answer(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
