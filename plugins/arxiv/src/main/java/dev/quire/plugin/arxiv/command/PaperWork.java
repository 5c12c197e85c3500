package dev.quire.plugin.arxiv.command;

import dev.quire.Quire;
import dev.quire.command.Console;
import dev.quire.command.SiteOptions;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.plugin.PluginSession;
import dev.quire.plugin.arxiv.ArxivPlugin;
import dev.quire.plugin.arxiv.PaperLibrary;
import dev.quire.plugin.arxiv.SiteCitations;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What the {@code quire papers} commands share: loading the site with the arXiv plugin's
 * settings, opening its papers.json, and reporting an update.
 *
 * @param session   the loaded site and the plugin
 * @param library   the site's papers.json and the network behind it
 * @param citations the papers the site's posts and pages name
 */
record PaperWork(PluginSession session, PaperLibrary library, SiteCitations citations) {

    /** Loads the site; empty (with the problems printed) when it has errors or papers.json is unreadable. */
    static Optional<PaperWork> open(SiteOptions site, PrintWriter err) {
        Console report = new Console(err);
        Diagnostics diagnostics = new Diagnostics(report::print);
        Optional<PluginSession> session = Quire.loadFor(ArxivPlugin.NAME,
                site.options(), diagnostics);
        if (session.isEmpty()) {
            err.println("quire: the site has errors; papers.json was left as it was");
            return Optional.empty();
        }
        ArxivPlugin plugin = (ArxivPlugin) session.get().plugin();
        try {
            PaperLibrary library = ArxivPlugin.library(session.get().site(), plugin.settings());
            return Optional.of(new PaperWork(session.get(), library, SiteCitations.of(session.get().site())));
        } catch (QuireException e) {
            report.print(e.toDiagnostic());
            return Optional.empty();
        }
    }

    /** How messages name papers.json. */
    String cacheName() {
        return library.cache().name();
    }

    /**
     * Opens the site's papers, runs {@code update} on them and reports how it went: the body of
     * {@code quire papers fetch} and {@code refresh}.
     *
     * @return the exit code
     */
    static int update(SiteOptions site, PrintWriter out, PrintWriter err,
            java.util.function.Function<PaperWork, PaperLibrary.Update> update) {
        Optional<PaperWork> work = open(site, err);
        return work.map(papers -> papers.finish(update.apply(papers), out, err)).orElse(1);
    }

    /**
     * Prints what an update did: its warnings, then what was fetched and, on standard error, what
     * is still missing or stale and why, grouped by reason.
     *
     * @return the exit code: 0 when everything asked for was had, 1 otherwise
     */
    int finish(PaperLibrary.Update update, PrintWriter out, PrintWriter err) {
        update.report(citations, cacheName(), session.context());
        if (!update.fetched().isEmpty()) {
            out.println("Fetched " + Console.plural(update.fetched().size(), "paper") + " into " + cacheName() + ".");
        } else if (update.failed().isEmpty()) {
            out.println("Nothing to fetch: " + cacheName() + " has every paper the site names (" + citations.ids().size()
                    + ").");
        }
        PaperLibrary.Update.byReason(update.failed()).forEach((reason, ids) -> err.println("quire: " + Console.plural(ids.size(), "paper")
                + " the site names " + (ids.size() == 1 ? "is" : "are") + " still missing from " + cacheName() + " ("
                + reason + "): " + listed(ids)));
        PaperLibrary.Update.byReason(update.notRefreshed()).forEach((reason, ids) -> err.println("quire: " + Console.plural(ids.size(), "paper")
                + " could not be fetched again (" + reason + "); the cached metadata is kept: " + listed(ids)));
        if (!update.huggingFaceFailed().isEmpty()) {
            err.println("quire: Hugging Face could not be asked about " + Console.plural(update.huggingFaceFailed().size(),
                    "paper") + "; see the warnings above");
        }
        return update.complete() ? 0 : 1;
    }

    /** Up to ten ids, and how many more. */
    private static String listed(java.util.List<String> ids) {
        int shown = Math.min(ids.size(), 10);
        return String.join(", ", ids.subList(0, shown)) + (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "");
    }
}
