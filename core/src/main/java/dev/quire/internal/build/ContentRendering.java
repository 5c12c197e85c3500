package dev.quire.internal.build;

import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.markdown.Markdown;
import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transform and render stage: for every post and page in parallel, links to Markdown files
 * become links to their pages, the base URL is put in front of site paths, plugins transform the
 * AST and the AST becomes HTML ({@link Reuse} may put an earlier build's result in place instead).
 */
final class ContentRendering implements Reuse.ContentWork {

    private final BuildRun run;
    private final SiteLoading.Loaded loaded;
    private final Map<Path, Content> byFile = new HashMap<>();

    ContentRendering(BuildRun run, SiteLoading.Loaded loaded) {
        this.run = run;
        this.loaded = loaded;
        loaded.site().contents().forEach(c -> byFile.put(c.file(), c));
    }

    /** Renders every post and page; returns the links of each, for the link check. */
    Map<Content, List<ContentLinks.Ref>> renderAll() {
        Site site = loaded.site();
        Map<Content, List<ContentLinks.Ref>> links = new ConcurrentHashMap<>();
        int mark = run.diagnostics().size();
        run.timings().stage("transform and render", site.contents().size(), () -> run.workers().forEach(
                site.contents(), content -> {
                    links.put(content, run.reuse().render(content, this));
                    run.timings().step();
                }));
        run.reuse().rendered(run.diagnostics().since(mark));
        return links;
    }

    @Override
    public Object inputs(Content content) {
        return loaded.plugins().transformInputs(content);
    }

    @Override
    public Done run(Content content) {
        Map<String, String> fileLinks = ContentLinks.rewriteFileLinks(content, byFile);
        BaseUrlLinks.prefix(content, loaded.site().settings().baseUrl());
        loaded.plugins().transform(content);
        List<ContentLinks.Ref> links = ContentLinks.collect(content);
        render(content);
        return new Done(fileLinks, links);
    }

    @Override
    public Map<Path, Content> byFile() {
        return byFile;
    }

    @Override
    public Diagnostics diagnostics() {
        return run.diagnostics();
    }

    private void render(Content content) {
        if (content.document() == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            Markdown.Rendered rendered = loaded.markdown().render(content.document(), content instanceof Post);
            content.rendered(rendered.html(), rendered.toc());
            if (content instanceof Post post) {
                post.excerptRendered(rendered.excerpt());
            }
        } catch (QuireException e) {
            run.diagnostics().report(e.toDiagnostic());
        } catch (StackOverflowError e) {
            run.diagnostics().error(content.source(), 0, SiteLoading.tooDeep("render"), e);
        } catch (RuntimeException e) {
            run.diagnostics().error(content.source(), 0, "cannot render this file: " + e, e);
        } finally {
            run.timings().work("render Markdown", System.nanoTime() - start);
        }
    }
}
