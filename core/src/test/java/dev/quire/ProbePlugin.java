package dev.quire;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plugin found by ServiceLoader on the core's test class path, to test the SPI. It does nothing
 * unless quire.yml has a {@code probe:} section, so other tests are not affected.
 */
public final class ProbePlugin implements QuirePlugin {

    /** The {@code probe:} section of quire.yml. */
    /**
     * The {@code probe:} section of quire.yml.
     *
     * @param readsNothingElse when true, the probe says its transform reads only the file itself,
     *                         so that incremental builds transform only files that changed
     */
    public record Settings(String throwIn, String errorIn, String addFile, String mark, Boolean readsNothingElse) {
    }

    /** Hook calls of the last build, for assertions. */
    public static final List<String> CALLS = new CopyOnWriteArrayList<>();

    private Settings settings;

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void init(PluginContext context) {
        settings = context.settings(Settings.class);
        if (active()) {
            CALLS.clear();
            record("init");
        }
    }

    private boolean active() {
        return settings.throwIn() != null || settings.errorIn() != null || settings.addFile() != null
                || settings.mark() != null || settings.readsNothingElse() != null;
    }

    private void record(String call) {
        if (active()) {
            CALLS.add(call);
        }
        if (call.startsWith(String.valueOf(settings.throwIn()))) {
            throw new IllegalStateException("probe failure");
        }
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        record("siteLoaded " + site.posts().size());
    }

    @Override
    public void transform(Content content, PluginContext context) {
        record("transform " + content.source());
        if (settings.mark() != null) {
            for (Node node : content.document().getDescendants()) {
                if (node instanceof Paragraph paragraph) {
                    paragraph.appendChild(new com.vladsch.flexmark.ast.Text(" " + settings.mark()));
                }
            }
            content.data().put("probe", settings.mark());
            context.count("files marked", 1);
        }
        if ("transform".equals(settings.errorIn())) {
            Node first = content.document().getFirstChild();
            context.error(content, first, "probe found a problem here");
        }
    }

    @Override
    public Object transformInputs(Content content, PluginContext context) {
        return Boolean.TRUE.equals(settings.readsNothingElse()) ? List.of() : UNKNOWN_INPUTS;
    }

    @Override
    public void siteRendered(Site site, PluginContext context) {
        record("siteRendered " + site.posts().stream().allMatch(p -> !p.html().isEmpty()));
    }

    @Override
    public void write(Site site, Output output, PluginContext context) {
        record("write");
        if (settings.addFile() != null) {
            output.write(settings.addFile(), "added by probe\n");
            output.page("probe/index.html", "page", new PageInfo("probe", "Probe", "", "/probe/", null, false),
                    Map.of("content", site.posts().get(0)));
        }
    }
}
