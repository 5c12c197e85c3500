package dev.quire.cli.serve;

import dev.quire.diagnostics.Diagnostic;
import java.util.List;

/** The box shown over every page while the last rebuild failed: each error with its file and line. */
final class ErrorOverlay {

    private ErrorOverlay() {
    }

    static String html(List<Diagnostic> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div id=\"quire-error-overlay\" role=\"alert\" style=\"position:fixed;"
                + "inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.92);color:#fff;"
                + "font:15px/1.5 ui-monospace,monospace;padding:2rem\"><h2 style=\"color:#ff8a80;margin-top:0\">"
                + "The last rebuild failed; this is the last good page</h2><ul>");
        for (Diagnostic error : errors) {
            html.append("<li>");
            if (error.file() != null) {
                html.append("<strong>").append(escape(error.location())).append("</strong> ");
            }
            html.append(escape(error.message())).append("</li>");
        }
        return html.append("</ul><p>Fix the file and save: the page reloads by itself.</p></div>").toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
