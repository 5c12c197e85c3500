package dev.quire.plugin.arxiv.metadata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Accepts a URL from an untrusted source only when it is a plain http(s) address. */
final class SafeUrl {

    private SafeUrl() {
    }

    /** {@code url} when it is an absolute http or https URL with a host and no spaces; else {@code null}. */
    static String httpOrNull(String url) {
        if (url == null || url.isBlank() || url.length() > 2000 || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
