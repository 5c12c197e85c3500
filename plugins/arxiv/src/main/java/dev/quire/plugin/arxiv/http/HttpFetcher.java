package dev.quire.plugin.arxiv.http;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests the polite way: a descriptive User-Agent, a time limit for the whole exchange,
 * a cap on the body, a {@link Pacer} between requests, and retries with growing waits when the
 * server is busy (429, 5xx, honouring {@code Retry-After}) or the network fails. A host name that
 * does not resolve is not retried: an offline machine learns it at once.
 */
public final class HttpFetcher {

    /** The longest a {@code Retry-After} may make us wait; past that the request is given up on. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(2);

    /**
     * How hard to try.
     *
     * @param timeout  the limit for one exchange, from connecting to the last byte of the body
     * @param attempts how many times to send a request before giving up (at least 1)
     * @param backoff  the wait before the second attempt; it doubles for each one after
     * @param maxBytes the largest body accepted
     */
    public record Policy(Duration timeout, int attempts, Duration backoff, long maxBytes) {
        public Policy {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
        }
    }

    /** An answer that was not a reason to retry (2xx, 3xx left over, 4xx other than 429). */
    public record Response(int status, String contentType, byte[] body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** True when the server sent an HTML page (often an error page in front of an API). */
        public boolean isHtml() {
            return contentType.toLowerCase(Locale.ROOT).contains("html");
        }
    }

    private HttpClient client;
    private final String userAgent;
    private final Policy policy;
    private final Pacer pacer;
    private final Sleeper sleeper;

    public HttpFetcher(String userAgent, Policy policy, Pacer pacer, Sleeper sleeper) {
        this.userAgent = userAgent;
        this.policy = policy;
        this.pacer = pacer;
        this.sleeper = sleeper;
    }

    /**
     * Sends {@code GET uri}, retrying as the policy says.
     *
     * @throws FetchException when every attempt failed, or the answer is too large
     */
    public Response get(URI uri, String accept) throws FetchException {
        String problem = null;
        boolean unreachable = false;
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            Duration wait = policy.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
            try {
                pacer.await();
                HttpResponse<byte[]> response = send(uri, accept);
                int status = response.statusCode();
                if (status != 429 && status < 500) {
                    return new Response(status, response.headers().firstValue("Content-Type").orElse(""), response.body());
                }
                problem = "HTTP " + status;
                unreachable = false;
                Optional<Duration> retryAfter = retryAfter(response);
                if (retryAfter.isPresent() && retryAfter.get().compareTo(LONGEST_RETRY_AFTER) > 0) {
                    throw new FetchException(problem + " asking to retry after " + retryAfter.get().toSeconds() + " s");
                }
                wait = retryAfter.filter(w -> w.compareTo(policy.backoff()) > 0).orElse(wait);
            } catch (CappedBody.TooLarge e) {
                throw new FetchException(e.getMessage(), e);
            } catch (TimeoutException e) {
                problem = "no answer within " + describe(policy.timeout());
                unreachable = true;
            } catch (IOException e) {
                if (isUnresolvedHost(e)) {
                    throw new FetchException("cannot find the host " + uri.getHost() + "; is this machine offline?", e, true);
                }
                problem = "network error: " + describe(e);
                unreachable = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted", e);
            }
            if (attempt < policy.attempts()) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException("interrupted", e);
                }
            }
        }
        throw new FetchException(problem + (policy.attempts() > 1 ? " (tried " + policy.attempts() + " times)" : ""),
                null, unreachable);
    }

    /** Made on first use: most builds are served from the cache and never ask anything. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(policy.timeout())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    private HttpResponse<byte[]> send(URI uri, String accept)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(policy.timeout())
                .header("User-Agent", userAgent)
                .header("Accept", accept)
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> pending =
                client().sendAsync(request, info -> new CappedBody(policy.maxBytes()));
        try {
            return pending.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new TimeoutException(cause.getMessage());
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        }
    }

    /** {@code Retry-After} in seconds; the HTTP-date form is rare for APIs and read as absent. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /**
     * True when the host name could not be resolved: the machine is offline or the name is wrong,
     * and neither changes in the seconds a retry would wait.
     */
    static boolean isUnresolvedHost(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** The exception's kind and the first message along its causes: "ConnectException (Connection refused)". */
    private static String describe(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return e.getClass().getSimpleName() + " (" + cause.getMessage() + ")";
            }
        }
        return e.getClass().getSimpleName();
    }
}
