import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the writing loop of {@code quire serve}: from saving a post to the served page showing the
 * change. Adds a paragraph with a new marker to the post, asks for the page every 2 ms until the
 * marker is in it, and repeats; the post is put back as it was at the end.
 *
 * <pre>java bench/ServeLatency.java POST_FILE PAGE_URL [EDITS]</pre>
 */
public final class ServeLatency {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/ServeLatency.java POST_FILE PAGE_URL [EDITS]");
            System.exit(2);
        }
        Path post = Path.of(args[0]);
        URI page = URI.create(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        byte[] original = Files.readAllBytes(post);
        List<Long> millis = new ArrayList<>();
        try {
            waitFor(client, page, "</html>", Duration.ofMinutes(10));
            for (int edit = 1; edit <= edits; edit++) {
                Thread.sleep(300);
                String marker = "latency-marker-" + System.nanoTime();
                long start = System.nanoTime();
                Files.writeString(post, new String(original, StandardCharsets.UTF_8) + "\n\n" + marker + "\n");
                waitFor(client, page, marker, Duration.ofMinutes(2));
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                millis.add(elapsed);
                System.out.println("edit " + edit + ": " + elapsed + " ms");
            }
        } finally {
            Files.write(post, original);
        }
        Collections.sort(millis);
        System.out.println("save to served, " + edits + " edits: median " + millis.get(millis.size() / 2)
                + " ms, min " + millis.get(0) + " ms, max " + millis.get(millis.size() - 1) + " ms");
    }

    private static void waitFor(HttpClient client, URI page, String text, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(page).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(text)) {
                    return;
                }
            } catch (IOException e) {
                // The server is not up yet.
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException(page + " never showed " + text);
    }
}
