package dev.quire.cli;

import dev.quire.BuildOptions;
import dev.quire.Quire;
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
    static Optional<PaperWork> open(SiteArgument site, PrintWriter err) {
        Report report = new Report(err);
        Diagnostics diagnostics = new Diagnostics(report::print);
        Optional<PluginSession> session = Quire.loadFor(ArxivPlugin.NAME,
                BuildOptions.of(site.site).withDrafts(site.drafts), diagnostics);
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
     * Prints what an update did: its warnings, then one line for the user.
     *
     * @return the exit code: 0 when everything asked for was had, 1 otherwise
     */
    /**
     * Opens the site's papers, runs {@code update} on them and reports how it went: the body of
     * {@code quire papers fetch} and {@code refresh}.
     *
     * @return the exit code
     */
    static int update(SiteArgument site, PrintWriter out, PrintWriter err,
            java.util.function.Function<PaperWork, PaperLibrary.Update> update) {
        Optional<PaperWork> work = open(site, err);
        return work.map(papers -> papers.finish(update.apply(papers), out, err)).orElse(1);
    }

    int finish(PaperLibrary.Update update, PrintWriter out, PrintWriter err) {
        update.report(citations, cacheName(), session.context());
        if (update.fetched().isEmpty()) {
            out.println("Nothing to fetch: " + cacheName() + " has every paper the site names ("
                    + citations.ids().size() + ")" + (update.complete() ? "." : ", except those warned about above."));
        } else {
            out.println("Fetched " + Report.plural(update.fetched().size(), "paper") + " into " + cacheName() + ".");
        }
        if (!update.complete()) {
            err.println("quire: some papers could not be fetched; see the warnings above");
            return 1;
        }
        return 0;
    }
}
