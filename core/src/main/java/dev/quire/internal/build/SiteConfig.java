package dev.quire.internal.build;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.yaml.SettingsBinder;
import dev.quire.internal.content.SourceText;
import dev.quire.internal.yaml.YamlDocument;
import dev.quire.model.SiteSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** A site's {@code quire.yml}: the core settings, and the sections that belong to plugins. */
final class SiteConfig {

    static final String FILE = "quire.yml";

    private final YamlDocument document;
    private final SiteSettings settings;

    private SiteConfig(YamlDocument document, SiteSettings settings) {
        this.document = document;
        this.settings = settings;
    }

    /**
     * Reads {@code quire.yml} of {@code site}.
     *
     * @param sections the top-level keys that belong to plugins; other unknown keys are warnings
     * @throws QuireException when the file is missing or a value is invalid
     */
    static SiteConfig read(Path site, Set<String> sections, Diagnostics diagnostics) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new QuireException(FILE, 0, "no quire.yml in " + site
                    + "; is this the site folder? A quire.yml with a 'title:' and a 'url:' line is enough to start");
        }
        String text = SourceText.readText(file, FILE);
        YamlDocument document = YamlDocument.parse(text, FILE, 1);
        if (!document.root().isMissingNode() && !document.root().isNull() && !document.root().isObject()) {
            throw new QuireException(FILE, 1, "quire.yml must be 'key: value' lines, like 'title: My blog'");
        }
        ObjectNode core = document.root().isObject() ? ((ObjectNode) document.root()).deepCopy()
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        core.remove(sections);
        SiteSettings settings = SettingsBinder.bind(document, core, "", SiteSettings.class, diagnostics, sections);
        validate(settings, document);
        return new SiteConfig(document, settings);
    }

    private static void validate(SiteSettings settings, YamlDocument document) {
        if (settings.url() != null) {
            try {
                URI uri = new URI(settings.url());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new URISyntaxException(settings.url(), "not http(s)");
                }
                if (uri.getPath() != null && !uri.getPath().isEmpty()) {
                    throw new QuireException(FILE, document.line("/url"), "'url' must not have a path ('"
                            + uri.getPath() + "'); put it in 'base-url' instead");
                }
            } catch (URISyntaxException e) {
                throw new QuireException(FILE, document.line("/url"),
                        "'url' must be an http(s) address like https://example.org (got '" + settings.url() + "')");
            }
        }
        if (settings.blog().postsPerPage() < 1) {
            throw new QuireException(FILE, document.line("/blog/posts-per-page"), "'blog.posts-per-page' must be at least 1");
        }
        for (String folder : new String[] {settings.blog().path(), settings.pages().path()}) {
            if (folder.contains("..") || Path.of(folder).isAbsolute()) {
                throw new QuireException(FILE, document.line("/blog/path"), "content folders must be inside the site folder (got '" + folder + "')");
            }
        }
    }

    SiteSettings settings() {
        return settings;
    }

    /** Binds the section {@code name} to {@code type}; see {@link SettingsBinder}. */
    <T> T section(String name, Class<T> type, Diagnostics diagnostics) {
        return SettingsBinder.bind(document, document.root().path(name), "/" + name, type, diagnostics);
    }
}
