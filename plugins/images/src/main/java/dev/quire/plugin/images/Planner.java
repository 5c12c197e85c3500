package dev.quire.plugin.images;

import dev.quire.model.Content;
import dev.quire.model.MdxImport;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.plugin.images.scan.Imports;
import dev.quire.plugin.images.scan.LinkResolver;
import dev.quire.plugin.images.scan.LinkSummary;
import dev.quire.plugin.images.scan.Reference;
import dev.quire.plugin.images.scan.Reports;
import dev.quire.plugin.images.scan.SiteFile;
import dev.quire.plugin.images.scan.Use;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Plans one post: finds its links, resolves them, checks its imports and picks its cover. Every
 * problem is found here, with the post's file and line, before anything is published.
 */
final class Planner {

    /** The core evaluates {@code useBaseUrl('/x')} itself; importing it is not a problem. */
    private static final String USE_BASE_URL = "@docusaurus/useBaseUrl";

    private final LinkResolver resolver;

    Planner(Site site) {
        this.resolver = new LinkResolver(site);
    }

    /**
     * A post's plan and what making it found worth telling, to be reported by whoever uses the plan.
     */
    record Planned(PostPlan plan, Reports reports) implements Serializable {
    }

    /**
     * The paths that planning {@code content} looks at, found without the file system: the same
     * for the same version of the post, so that what the file system says of them tells whether an
     * earlier plan still holds.
     */
    List<String> targets(Content content, LinkSummary links) {
        Stream<Reference> imports = content.imports().stream().map(Planner::referenceOf).filter(Objects::nonNull);
        return Stream.of(links.references().stream(), imports, Stream.ofNullable(links.frontMatterImage()))
                .flatMap(references -> references)
                .flatMap(reference -> resolver.target(content, reference).stream())
                .map(Path::toString).distinct().toList();
    }

    /** Plans {@code content} from what its scan found; reads no AST, but checks every file again. */
    Planned plan(Content content, LinkSummary links) {
        Reports reports = new Reports();
        Map<Reference, SiteFile> files = new HashMap<>();
        for (Reference reference : links.references()) {
            resolver.resolve(content, reference, reports).ifPresent(file -> files.put(reference, file));
        }
        Map<MdxImport, SiteFile> imported = imports(content, reports);
        PostPlan.CoverSource cover = cover(content, links, files, imported, reports);
        reportUnused(content, imported, files, cover, reports);
        return new Planned(new PostPlan(Map.copyOf(files), cover), reports);
    }

    /** The import as a reference to a file, or null when it imports no file (code, or a path the post may not use). */
    private static Reference referenceOf(MdxImport mdxImport) {
        return switch (Imports.kind(mdxImport)) {
            case IMAGE -> new Reference(mdxImport.from(), Use.IMAGE, mdxImport.line());
            case FILE -> new Reference(mdxImport.from(), Use.FILE, mdxImport.line());
            case CODE, ABSOLUTE -> null;
        };
    }

    private Map<MdxImport, SiteFile> imports(Content content, Reports reports) {
        Map<MdxImport, SiteFile> imported = new HashMap<>();
        for (MdxImport mdxImport : content.imports()) {
            switch (Imports.kind(mdxImport)) {
                case IMAGE, FILE -> resolver.resolve(content, referenceOf(mdxImport), reports)
                        .ifPresent(file -> imported.put(mdxImport, file));
                case ABSOLUTE -> reports.error(content.source(), mdxImport.line(), "the import of '"
                        + mdxImport.binding() + "' names the absolute path '" + mdxImport.from()
                        + "'; a post may only use files inside the site folder: write a path relative to the post");
                case CODE -> {
                    if (!mdxImport.from().equals(USE_BASE_URL) && !mdxImport.isBuiltInComponent()) {
                        String what = Character.isUpperCase(mdxImport.binding().charAt(0)) ? "a component" : "code or data";
                        reports.warning(content.source(), mdxImport.line(), "the import of '" + mdxImport.binding()
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
            Map<MdxImport, SiteFile> imported, Reports reports) {
        Reference declared = links.frontMatterImage();
        if (declared != null) {
            if (Urls.isExternal(declared.link())) {
                return new PostPlan.CoverSource(null, declared.link(), null, false);
            }
            java.util.Set<SiteFile> shown = pictures(links, files).map(Candidate::file).collect(java.util.stream.Collectors.toSet());
            return resolver.resolve(content, declared, reports)
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
    private static void reportUnused(Content content, Map<MdxImport, SiteFile> imported, Map<Reference, SiteFile> files,
            PostPlan.CoverSource cover, Reports reports) {
        imported.forEach((mdxImport, file) -> {
            if (files.containsValue(file)) {
                return;
            }
            boolean isCover = cover != null && file.equals(cover.file());
            reports.info(content.source(), mdxImport.line(), "'" + mdxImport.binding() + "' is imported but not used in "
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
