package dev.quire.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.quire.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells open pages to reload (server-sent events on {@link #EVENTS}) and what the last build's
 * errors were. Only pages that {@code quire serve} sends carry the script: it is added to each
 * HTML response, never written into the built files.
 */
final class LiveReload {

    static final String EVENTS = "/_quire/events";

    private static final String SCRIPT = "<script>(()=>{const e=new EventSource('" + EVENTS + "');"
            + "e.addEventListener('reload',()=>location.reload());})();</script>";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile List<Diagnostic> errors = List.of();
    private volatile long generation;

    /** Records the outcome of a build and tells every open page to reload. */
    void built(List<Diagnostic> buildErrors) {
        errors = List.copyOf(buildErrors);
        generation++;
        byte[] event = ("event: reload\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(event);
                client.flush();
            } catch (IOException e) {
                clients.remove(client);
            }
        }
    }

    /** Changes with every build, so that caches never keep a page with an old overlay. */
    long generation() {
        return generation;
    }

    /** Keeps the request open as an event stream until the page goes away. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        clients.add(body);
    }

    /** The page with the reload script, and the error overlay when the last build failed. */
    byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String addition = ErrorOverlay.html(errors) + SCRIPT;
        int end = page.lastIndexOf("</body>");
        String result = end < 0 ? page + addition : page.substring(0, end) + addition + page.substring(end);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** Closes every event stream. */
    void close() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                // the page is gone already
            }
        }
        clients.clear();
    }
}
