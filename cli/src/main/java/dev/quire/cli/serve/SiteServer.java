package dev.quire.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Serves the built site from its output folder and nothing else: {@code GET} and {@code HEAD},
 * {@code ETag} and {@code If-None-Match}, content types with UTF-8, {@code /dir/} as
 * {@code dir/index.html}, {@code /x} as the file {@code x}, {@code x.html} or {@code x/index.html}
 * (pages are written one way or the other, as the site's {@code trailing-slash} says), the site's
 * {@code 404.html} for what is missing. A request reads a file
 * under a read lock that a build's commit takes for writing ({@link #whileMoving}), so a page and
 * the files it links to always come from the same build.
 */
public final class SiteServer implements AutoCloseable {

    private final Path root;
    private final LiveReload reload;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "quire-serve");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private record Found(byte[] bytes, String contentType, String etag, int status) {
    }

    SiteServer(Path root, LiveReload reload, InetSocketAddress address) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.reload = reload;
        this.server = HttpServer.create(address, 64);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    void start() {
        server.start();
    }

    /** The address the server listens on (with the port chosen when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Runs the step of a commit that moves files, with no request reading meanwhile. */
    void whileMoving(Runnable moving) {
        lock.writeLock().lock();
        try {
            moving.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (LiveReload.EVENTS.equals(exchange.getRequestURI().getRawPath()) && exchange.getRequestMethod().equals("GET")) {
            reload.subscribe(exchange);
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                plain(exchange, 405, "method not allowed", head);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Optional<List<String>> segments = RequestPath.segments(rawPath);
            if (segments.isEmpty()) {
                plain(exchange, 400, "bad request path", head);
                return;
            }
            List<String> path = segments.get();
            Found found = find(path).or(() -> notFound()).orElse(null);
            if (found == null) {
                plain(exchange, 404, "not found", head);
                return;
            }
            send(exchange, found, head);
        }
    }

    private void send(HttpExchange exchange, Found found, boolean head) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", found.contentType());
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("ETag", found.etag());
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (found.status() == 200 && ifNoneMatch != null && matches(ifNoneMatch, found.etag())) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (head) {
            headers.set("Content-Length", Integer.toString(found.bytes().length));
            exchange.sendResponseHeaders(found.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(found.status(), found.bytes().length == 0 ? -1 : found.bytes().length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(found.bytes());
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Found> find(List<String> path) {
        if (path.isEmpty() || path.get(path.size() - 1).isEmpty()) {
            return read(resolve(append(path.isEmpty() ? path : path.subList(0, path.size() - 1), "index.html")), 200);
        }
        List<String> folder = path.subList(0, path.size() - 1);
        String last = path.get(path.size() - 1);
        return read(resolve(path), 200)
                .or(() -> read(resolve(append(folder, last + ".html")), 200))
                .or(() -> read(resolve(append(path, "index.html")), 200));
    }

    private Optional<Found> notFound() {
        return read(root.resolve("404.html"), 404);
    }

    /** The file the segments name inside the output folder, or null when it would lie outside. */
    private Path resolve(List<String> segments) {
        Path file = root;
        for (String segment : segments) {
            file = file.resolve(segment);
        }
        file = file.normalize();
        return file.startsWith(root) ? file : null;
    }

    private Optional<Found> read(Path file, int status) {
        if (file == null) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || !file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String type = ContentTypes.of(file.getFileName().toString());
            String etag = "\"" + Long.toHexString(attributes.size()) + "-"
                    + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "-"
                    + Long.toHexString(attributes.fileKey() == null ? 0 : attributes.fileKey().hashCode());
            if (ContentTypes.isHtml(type)) {
                bytes = reload.inject(bytes);
                etag += "-" + Long.toHexString(reload.generation());
            }
            return Optional.of(new Found(bytes, type, etag + "\"", status));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    private static List<String> append(List<String> path, String last) {
        List<String> all = new java.util.ArrayList<>(path);
        all.add(last);
        return all;
    }

    private static void plain(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        reload.close();
        server.stop(0);
        workers.shutdownNow();
    }
}
