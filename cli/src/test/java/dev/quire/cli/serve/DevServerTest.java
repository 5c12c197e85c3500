package dev.quire.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code quire serve} end to end: a real server on 127.0.0.1, real file events, real rebuilds. */
class DevServerTest {

    private static final String POST = "blog/2025-01-02-hello.md";

    @TempDir
    Path dir;

    private Path site;
    private DevServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final CopyOnWriteArrayList<String> said = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<BuildResult> results = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = dir.resolve("site");
        write("quire.yml", "title: Served\nurl: https://served.example.org\n");
        write(POST, "---\ntitle: Hello\n---\nFirst words.\n");
        write("pages/about.md", "---\ntitle: About\n---\nAbout.\n");
        write("static/note.txt", "note one\n");
        write("static/plain.html", "<!DOCTYPE html><title>plain</title><p>plain page</p>\n");
        write("secret.txt", "not to be served\n");
        BuildOptions options = new BuildOptions(site, site.resolve(".quire").resolve("serve"), true, "/", true, false);
        server = new DevServer(options, new InetSocketAddress("127.0.0.1", 0), d -> said.add(d.toString()), said::add, results::add);
        assertThat(server.start().success()).as(String.valueOf(said)).isTrue();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void servesPagesWithTypesEtagsAndHead() throws Exception {
        HttpResponse<String> page = get("/blog/2025/01/02/hello/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("First words.").contains(LiveReload.EVENTS);
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/blog/2025/01/02/hello/", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/note.txt")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get("/blog/2025/01/02/hello", null).body()).as("x/index.html serves /x").contains("First words.");
        assertThat(get("/plain", null).body()).as("x.html serves /x").contains("plain page");
        assertThat(get("/no/such/page/", null).statusCode()).isEqualTo(404);
        assertThat(Files.readString(site.resolve(".quire/serve/blog/2025/01/02/hello/index.html")))
                .as("the reload script is added when serving, never written").doesNotContain(LiveReload.EVENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt", "/blog/..%2f..%2fsecret.txt",
        "/..%5csecret.txt", "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "//etc/passwd",
        "/C:/Windows/win.ini", "/%00", "/blog/%2e/../../secret.txt", "/.%2e/quire.yml", "/..\\secret.txt"})
    void refusesEveryWayOutOfTheOutputFolder(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        int status = Integer.parseInt(response.substring(9, 12));
        assertThat(status).as(response).isIn(400, 404);
        assertThat(response).doesNotContain("not to be served").doesNotContain("root:");
    }

    @Test
    void refusesAbsolutePathsInTheRequestLine() throws IOException {
        String response = raw("GET /etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(response.substring(9, 12)).isEqualTo("404");
        assertThat(response).doesNotContain("root:");
    }

    @Test
    void everyKindOfChangeRebuilds() throws Exception {
        changeAndWait(POST, "---\ntitle: Hello\n---\nSecond words.\n", "/blog/2025/01/02/hello/", "Second words.");
        changeAndWait("blog/2025-01-03-new.md", "---\ntitle: New post\n---\nNew.\n", "/blog/2025/01/03/new/", "New.");
        changeAndWait("pages/about.md", "---\ntitle: About\n---\nAbout us now.\n", "/about/", "About us now.");
        changeAndWait("static/note.txt", "note two\n", "/note.txt", "note two");
        changeAndWait("templates/partials/footer.peb", "<footer>custom footer</footer>\n", "/about/", "custom footer");
        changeAndWait("quire.yml", "title: Renamed site\nurl: https://served.example.org\n", "/about/", "Renamed site");
        long before = server.builds();
        Files.delete(site.resolve("blog/2025-01-03-new.md"));
        waitFor(() -> server.builds() > before && status("/blog/2025/01/03/new/") == 404);
    }

    @Test
    void aFileSavedDuringTheFirstBuildIsBuiltToo() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("blog"));
        Files.writeString(other.resolve("quire.yml"), "title: Other\nurl: https://other.example.org\n");
        // Its broken link is reported while the first build runs: that is when the post is saved again.
        Files.writeString(other.resolve("blog/2025-01-02-hello.md"), "---\ntitle: Hello\n---\n[gone](/nowhere)\n");
        java.util.concurrent.atomic.AtomicBoolean saved = new java.util.concurrent.atomic.AtomicBoolean();
        BuildOptions options = new BuildOptions(other, other.resolve(".quire").resolve("serve"), true, "/", true, false);
        try (DevServer during = new DevServer(options, new InetSocketAddress("127.0.0.1", 0), diagnostic -> {
            if (saved.compareAndSet(false, true)) {
                try {
                    Files.writeString(other.resolve("blog/2025-01-02-hello.md"), "---\ntitle: Hello\n---\nSaved again.\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }, line -> { }, result -> { })) {
            during.start();

            URI page = URI.create("http://127.0.0.1:" + during.address().getPort() + "/blog/2025/01/02/hello/");
            waitFor(() -> {
                try {
                    return http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body()
                            .contains("Saved again.");
                } catch (IOException | InterruptedException e) {
                    return false;
                }
            });
            assertThat(during.builds()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void eachBuildsResultIsHandedOnAfterItsLine() throws Exception {
        changeAndWait(POST, "---\ntitle: Hello\n---\nSecond words.\n", "/blog/2025/01/02/hello/", "Second words.");
        waitFor(() -> results.size() == 2);
        assertThat(results).allMatch(BuildResult::success);
        assertThat(results.get(1).stages()).containsKey("transform and render");
        assertThat(said).filteredOn(line -> line.startsWith("Built ")).hasSize(2);
    }

    @Test
    void aWarningIsSaidOncePerSessionAndAnErrorEveryTime() throws Exception {
        changeAndWait("blog/2025-01-04-links.md", "---\ntitle: Links\n---\n[gone](/nowhere)\n", "/blog/2025/01/04/links/", "gone");
        changeAndWait(POST, "---\ntitle: Hello\n---\nSecond words.\n", "/blog/2025/01/02/hello/", "Second words.");
        assertThat(said).filteredOn(line -> line.contains("broken link /nowhere")).hasSize(1);
        assertThat(said).anyMatch(line -> line.startsWith("Built ") && line.endsWith("(1 warning said before)"));

        long before = server.builds();
        write(POST, "---\ntitle: [unclosed\n---\nBroken.\n");
        waitFor(() -> server.builds() > before);
        long failed = server.builds();
        write("pages/about.md", "---\ntitle: About\n---\nAbout, again.\n");
        waitFor(() -> server.builds() > failed);
        assertThat(said).filteredOn(line -> line.contains(POST + ":") && line.contains("error")).hasSize(2);
    }

    @Test
    void aBrokenPostShowsTheErrorOverTheLastGoodPage() throws Exception {
        long before = server.builds();
        write(POST, "---\ntitle: [unclosed\n---\nBroken.\n");
        waitFor(() -> server.builds() > before);
        HttpResponse<String> page = get("/blog/2025/01/02/hello/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("First words.").contains("quire-error-overlay").contains(POST + ":");
        assertThat(said).anyMatch(line -> line.contains(POST));
        changeAndWait(POST, "---\ntitle: Hello\n---\nFixed.\n", "/blog/2025/01/02/hello/", "Fixed.");
        assertThat(get("/blog/2025/01/02/hello/", null).body()).doesNotContain("quire-error-overlay");
    }

    private void changeAndWait(String path, String text, String url, String expected) throws Exception {
        write(path, text);
        waitFor(() -> body(url).contains(expected));
    }

    /** Waits for the watcher and the rebuild; the bound is generous, only a hang fails. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited a minute for a rebuild").isLessThan(end);
            Thread.sleep(20);
        }
    }

    private String body(String path) {
        try {
            return get(path, null).body();
        } catch (Exception e) {
            return "";
        }
    }

    private int status(String path) {
        try {
            return get(path, null).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
