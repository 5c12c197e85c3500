package dev.quire.cli.serve;

import java.util.Locale;
import java.util.Map;

/** The {@code Content-Type} of a file of the site by its extension; text is always UTF-8. */
final class ContentTypes {

    private static final String UTF8 = "; charset=utf-8";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("rss", "application/rss+xml" + UTF8),
            Map.entry("atom", "application/atom+xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("md", "text/markdown" + UTF8),
            Map.entry("bib", "application/x-bibtex" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"));

    private ContentTypes() {
    }

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static boolean isHtml(String contentType) {
        return contentType.startsWith("text/html");
    }
}
