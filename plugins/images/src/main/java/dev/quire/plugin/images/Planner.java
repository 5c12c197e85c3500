package dev.quire.plugin.images;

import dev.quire.model.Content;
import dev.quire.model.MdxImport;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.images.scan.Imports;
import dev.quire.plugin.images.scan.LinkResolver;
import dev.quire.plugin.images.scan.LinkSummary;
import dev.quire.plugin.images.scan.Reference;
import dev.quire.plugin.images.scan.SiteFile;
import dev.quire.plugin.images.scan.Use;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Plans one post: finds its links, resolves them, checks its imports and picks its cover. Every
 * problem is reported here, with the post's file and line, before anything is published.
 */
final class Planner {

    /** The core evaluates {@code useBaseUrl('/x')} itself; importing it is not a problem. */
    private static final String USE_BASE_URL = "@docusaurus/useBaseUrl";

    private final LinkResolver resolver;
    private final PluginContext context;

    Planner(Site site, PluginContext context) {
        this.resolver = new LinkResolver(site, context);
        this.context = context;
    }

    /** Plans {@code content} from what its scan found; reads no AST, but checks every file again. */
    PostPlan plan(Content content, LinkSummary links) {
        Map<Reference, SiteFile> files = new HashMap<>();
        for (Reference reference : links.references()) {
            resolver.resolve(content, reference).ifPresent(file -> files.put(reference, file));
        }
        Map<MdxImport, SiteFile> imported = imports(content);
        PostPlan.CoverSource cover = cover(content, links, files, imported);
        reportUnused(content, imported, files, cover);
        return new PostPlan(Map.copyOf(files), cover);
    }

    private Map<MdxImport, SiteFile> imports(Content content) {
        Map<MdxImport, SiteFile> imported = new HashMap<>();
        for (MdxImport mdxImport : content.imports()) {
            Imports.Kind kind = Imports.kind(mdxImport);
            switch (kind) {
                case IMAGE, FILE -> {
                    Use use = kind == Imports.Kind.IMAGE ? Use.IMAGE : Use.FILE;
                    resolver.resolve(content, new Reference(mdxImport.from(), use, mdxImport.line()))
                            .ifPresent(file -> imported.put(mdxImport, file));
                }
                case ABSOLUTE -> context.error(content.source(), mdxImport.line(), "the import of '"
                        + mdxImport.binding() + "' names the absolute path '" + mdxImport.from()
                        + "'; a post may only use files inside the site folder: write a path relative to the post");
                case CODE -> {
                    if (!mdxImport.from().equals(USE_BASE_URL) && !mdxImport.isBuiltInComponent()) {
                        String what = Character.isUpperCase(mdxImport.binding().charAt(0)) ? "a component" : "code or data";
                        context.warning(content.source(), mdxImport.line(), "the import of '" + mdxImport.binding()
                                + "' from '" + mdxImport.from() + "' is ignored: it is " + what
                                + ", not an image or a file to publish");
                    }
                }
            }
        }
        return imported;
    }

    /** The front matter's {@code image}, else the first picture the post imports or shows. */
    private PostPlan.CoverSource cover(Content content, LinkSummary links, Map<Reference, SiteFile> files,
            Map<MdxImport, SiteFile> imported) {
        Reference declared = links.frontMatterImage();
        if (declared != null) {
            if (Urls.isExternal(declared.link())) {
                return new PostPlan.CoverSource(null, declared.link(), null, false);
            }
            java.util.Set<SiteFile> shown = pictures(links, files).map(Candidate::file).collect(java.util.stream.Collectors.toSet());
            return resolver.resolve(content, declared)
                    .map(file -> new PostPlan.CoverSource(file, null, null, shown.contains(file))).orElse(null);
        }
        Stream<Candidate> fromImports = imported.entrySet().stream()
                .filter(e -> Imports.kind(e.getKey()) == Imports.Kind.IMAGE)
                .map(e -> new Candidate(e.getKey().line(), 0, e.getValue(), null, false));
        Stream<Candidate> fromBody = pictures(links, files);
        return Stream.concat(fromImports, fromBody)
                .min(Comparator.comparingInt(Candidate::line).thenComparingInt(Candidate::order))
                .map(c -> new PostPlan.CoverSource(c.file, null, c.alt,
                        c.inBody() || pictures(links, files).anyMatch(p -> p.file().equals(c.file()))))
                .orElse(null);
    }

    /** A picture that could be the cover, at a line of the post; {@code order} breaks ties on one line. */
    private record Candidate(int line, int order, SiteFile file, String alt, boolean inBody) {
    }

    private static Stream<Candidate> pictures(LinkSummary links, Map<Reference, SiteFile> files) {
        Stream.Builder<Candidate> pictures = Stream.builder();
        int order = 1;
        for (LinkSummary.Picture picture : links.pictures()) {
            SiteFile file = files.get(picture.reference());
            if (file != null) {
                pictures.add(new Candidate(picture.reference().line(), order, file, picture.alt(), true));
            }
            order++;
        }
        return pictures.build();
    }

    /** An import the text never uses is no error (Docusaurus posts import their cover so); say what became of it. */
    private void reportUnused(Content content, Map<MdxImport, SiteFile> imported, Map<Reference, SiteFile> files,
            PostPlan.CoverSource cover) {
        imported.forEach((mdxImport, file) -> {
            if (files.containsValue(file)) {
                return;
            }
            boolean isCover = cover != null && file.equals(cover.file());
            context.info(content.source(), mdxImport.line(), "'" + mdxImport.binding() + "' is imported but not used in "
                    + "the text; " + (isCover ? "it is the post's cover image" : "it is not published"));
        });
    }

    /** The files a plan needs published, with how each is used. */
    static Stream<Map.Entry<SiteFile, Use>> uses(PostPlan plan) {
        Stream<Map.Entry<SiteFile, Use>> body = plan.files().entrySet().stream()
                .map(e -> Map.entry(e.getValue(), e.getKey().use()));
        Stream<Map.Entry<SiteFile, Use>> cover = Optional.ofNullable(plan.cover()).map(PostPlan.CoverSource::file)
                .map(file -> Map.entry(file, Use.IMAGE)).stream();
        return Stream.concat(body, cover);
    }
}
