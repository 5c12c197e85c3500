package dev.quire.plugin.arxiv;

import dev.quire.diagnostics.QuireException;
import dev.quire.model.Site;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.arxiv.metadata.MetadataSource;
import dev.quire.plugin.arxiv.metadata.PaperCache;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A site's papers: the cache ({@code papers.json}) and the network behind it. The build fills in
 * what is missing through it, and so do {@code quire papers fetch} and {@code refresh}.
 */
public final class PaperLibrary {

    /**
     * What an update did.
     *
     * @param fetched           the ids whose metadata was fetched (and stored)
     * @param failed            why there is no metadata for the other ids asked for, by id
     * @param notRefreshed      why cached papers could not be fetched again (they keep their metadata), by id
     * @param huggingFaceFailed why Hugging Face could not add to a paper, by id
     * @param saveProblem       why the cache could not be written, or null
     */
    public record Update(List<String> fetched, Map<String, String> failed, Map<String, String> notRefreshed,
            Map<String, String> huggingFaceFailed, String saveProblem) {

        /**
         * Reports the update: a warning per id that failed, at the place the site first names it
         * (network trouble never fails a build, but {@code --strict} turns warnings into errors).
         */
        public void report(SiteCitations citations, String cacheName, PluginContext context) {
            warnEach(failed, citations, cacheName, context, "has no metadata", "have no metadata",
                    "its links stay plain links", "their links stay plain links");
            warnEach(notRefreshed, citations, cacheName, context, "could not be fetched again",
                    "could not be fetched again", "its cached metadata is kept", "their cached metadata is kept");
            warnEach(huggingFaceFailed, citations, cacheName, context, "could not be asked of Hugging Face",
                    "could not be asked of Hugging Face", "it is shown without its data",
                    "they are shown without its data");
            if (saveProblem != null) {
                context.warning(cacheName, 0, "cannot write " + cacheName + " (" + saveProblem
                        + "); what was fetched is used for this build only");
            }
            if (!fetched.isEmpty()) {
                context.info(cacheName, 0, "fetched " + fetched.size() + (fetched.size() == 1 ? " paper: " : " papers: ")
                        + String.join(", ", fetched));
            }
        }

        /** Up to this many papers that failed for one reason are each warned about at their place. */
        private static final int EACH_WARNED = 3;

        /** The ids of each reason, both in order: papers that failed alike, said together. */
        public static Map<String, List<String>> byReason(Map<String, String> reasons) {
            Map<String, List<String>> grouped = new java.util.TreeMap<>();
            new java.util.TreeMap<>(reasons).forEach((id, reason) ->
                    grouped.computeIfAbsent(reason, r -> new ArrayList<>()).add(id));
            return grouped;
        }

        /** True when every paper asked for was had, from arXiv and Hugging Face, and stored. */
        public boolean complete() {
            return failed.isEmpty() && notRefreshed.isEmpty() && huggingFaceFailed.isEmpty() && saveProblem == null;
        }

        /**
         * A warning per paper at the place the site first names it; but one warning for a reason
         * many papers share (the network is down: saying it for each of thousands of papers buries
         * everything else).
         */
        private static void warnEach(Map<String, String> reasons, SiteCitations citations, String cacheName,
                PluginContext context, String whatOne, String whatMany, String consequenceOne, String consequenceMany) {
            byReason(reasons).forEach((reason, ids) -> {
                if (ids.size() <= EACH_WARNED) {
                    ids.forEach(id -> {
                        SiteCitations.Location at = citations.firstAt(id);
                        context.warning(at == null ? cacheName : at.source(), at == null ? 0 : at.line(), "arXiv:" + id
                                + " " + whatOne + " (" + reason + "); " + consequenceOne);
                    });
                } else {
                    context.warning(cacheName, 0, ids.size() + " papers " + whatMany + " (" + reason + "): "
                            + String.join(", ", ids.subList(0, EACH_WARNED)) + " and " + (ids.size() - EACH_WARNED)
                            + " more; " + consequenceMany);
                }
            });
        }
    }

    private final PaperCache cache;
    private final MetadataSource source;
    private final Clock clock;

    private PaperLibrary(PaperCache cache, MetadataSource source, Clock clock) {
        this.cache = cache;
        this.source = source;
        this.clock = clock;
    }

    /**
     * Opens the cache of {@code site} that {@code settings} name.
     *
     * @throws QuireException when the cache lies outside the site or cannot be read
     */
    public static PaperLibrary open(Site site, ArxivSettings settings, MetadataSource source, Clock clock) {
        return open(site, settings, source, clock, PaperCache::read);
    }

    /**
     * Like {@link #open(Site, ArxivSettings, MetadataSource, Clock)}, with {@code reader} reading
     * the cache file (given the file and its name for messages), e.g. one that keeps what it read
     * for as long as the file does not change.
     */
    public static PaperLibrary open(Site site, ArxivSettings settings, MetadataSource source, Clock clock,
            BiFunction<Path, String, PaperCache.Contents> reader) {
        Path file = site.root().resolve(settings.cache()).normalize();
        if (!site.isInside(file)) {
            throw new QuireException("quire.yml", 0, "'arxiv.cache' must be inside the site folder (got '"
                    + settings.cache() + "')");
        }
        return new PaperLibrary(PaperCache.of(file, settings.cache(), reader.apply(file, settings.cache())), source, clock);
    }

    public PaperCache cache() {
        return cache;
    }

    /** The ids among {@code wanted} that the cache has no metadata for, by id. */
    public List<String> missing(Collection<String> wanted) {
        // Usually none are: sorting only the missing ones keeps a build of a large site from
        // sorting every id it names.
        return wanted.stream().filter(id -> !cache.contains(id)).distinct().sorted().toList();
    }

    /**
     * The ids among {@code wanted} that {@link #fetchMissing} would ask about: those the cache
     * lacks, and, when Hugging Face is on, those it was never asked about; sorted.
     */
    public List<String> needing(Collection<String> wanted) {
        TreeSet<String> ids = new TreeSet<>(missing(wanted));
        wanted.stream().flatMap(id -> cache.get(id).stream()).filter(source::wantsHuggingFace)
                .forEach(paper -> ids.add(paper.id()));
        return List.copyOf(ids);
    }

    /**
     * Fetches the metadata the cache lacks for {@code wanted} (and, when Hugging Face is on, what
     * it adds to cached papers it was never asked about), and saves the cache when it changed.
     */
    public Update fetchMissing(Collection<String> wanted) {
        List<String> missing = missing(wanted);
        List<PaperMetadata> withoutHuggingFace = wanted.stream().flatMap(id -> cache.get(id).stream())
                .filter(source::wantsHuggingFace).distinct().sorted(Comparator.comparing(PaperMetadata::id)).toList();
        MetadataSource.Fetched fetched = missing.isEmpty() ? null : source.fetch(missing, Map.of());
        MetadataSource.Fetched added = source.addHuggingFace(withoutHuggingFace);
        return store(fetched, added);
    }

    /**
     * Fetches again every cached paper fetched more than {@code olderThan} ago (or never, for
     * entries written by hand), plus what the cache lacks for {@code wanted}. A paper that cannot
     * be fetched again keeps its cached metadata.
     *
     * @param olderThan {@code null} to fetch every paper again
     */
    public Update refresh(Collection<String> wanted, Duration olderThan) {
        Instant cutoff = olderThan == null ? null : clock.instant().minus(olderThan);
        TreeSet<String> ids = new TreeSet<>(missing(wanted));
        Map<String, PaperMetadata> earlier = new LinkedHashMap<>();
        for (PaperMetadata paper : cache.all()) {
            if (cutoff == null || paper.fetched() == null || paper.fetched().isBefore(cutoff)) {
                ids.add(paper.id());
                earlier.put(paper.id(), paper);
            }
        }
        MetadataSource.Fetched fetched = ids.isEmpty() ? null : source.fetch(new ArrayList<>(ids), earlier);
        return store(fetched, null);
    }

    private Update store(MetadataSource.Fetched fetched, MetadataSource.Fetched added) {
        List<String> ids = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, String> notRefreshed = new LinkedHashMap<>();
        Map<String, String> huggingFaceFailed = new LinkedHashMap<>();
        for (MetadataSource.Fetched part : new MetadataSource.Fetched[] {fetched, added}) {
            if (part != null) {
                part.failed().forEach((id, reason) -> (cache.contains(id) ? notRefreshed : failed).put(id, reason));
                cache.putAll(part.found().values());
                ids.addAll(part.found().keySet());
                huggingFaceFailed.putAll(part.huggingFaceFailed());
            }
        }
        String saveProblem = null;
        if (!ids.isEmpty()) {
            try {
                cache.save();
            } catch (IOException e) {
                saveProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        return new Update(List.copyOf(new TreeSet<>(ids)), failed, notRefreshed, huggingFaceFailed, saveProblem);
    }
}
