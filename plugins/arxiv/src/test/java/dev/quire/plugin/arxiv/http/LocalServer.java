package dev.quire.plugin.arxiv.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 that answers with scripted replies, in order, and records every
 * request with the time the (fake) clock showed when it came in.
 */
public final class LocalServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Request(URI uri, String userAgent, String accept, Instant at) {

        /** The value of one query parameter, undecoded. */
        public String query(String name) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
            return null;
        }
    }

    /** One scripted answer. */
    @FunctionalInterface
    public interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    public LocalServer(Clock clock) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestURI(), exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("Accept"), clock.instant()));
            Reply reply = replies.poll();
            try {
                if (reply == null) {
                    body(500, "text/plain", "no reply scripted".getBytes(StandardCharsets.UTF_8)).send(exchange);
                } else {
                    reply.send(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Scripts the next replies, served in order. */
    public LocalServer then(Reply... next) {
        replies.addAll(List.of(next));
        return this;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public static Reply body(int status, String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    public static Reply atom(byte[] body) {
        return body(200, "application/atom+xml; charset=utf-8", body);
    }

    public static Reply json(int status, String body) {
        return body(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply status(int status) {
        return body(status, "text/plain", ("HTTP " + status).getBytes(StandardCharsets.UTF_8));
    }

    public static Reply withHeader(String name, String value, Reply reply) {
        return exchange -> {
            exchange.getResponseHeaders().add(name, value);
            reply.send(exchange);
        };
    }

    /** Never answers until the server is closed: for time limits. */
    public Reply silence() {
        return exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Sends {@code size} bytes of a body that never ends in time to be useful. */
    public static Reply endless(long size) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // The client gave up reading, as it should.
            }
        };
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
