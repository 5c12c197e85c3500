package dev.quire.internal.build;

import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.internal.content.ContentLoader;
import dev.quire.model.Content;
import dev.quire.model.Heading;
import dev.quire.model.Post;
import dev.quire.plugin.Digest;
import dev.quire.plugin.FileStamp;
import dev.quire.theme.Theme;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one build leaves for the next: each file as it was loaded and rendered, what plugins
 * remembered, what each page read, and what was written. The next build reuses what did not
 * change and gives the same output as a build from scratch. {@code quire serve} keeps it in
 * memory; {@code quire build} keeps it on disk between runs ({@link SavedBuild}).
 *
 * <p>Everything is dropped when what every file depends on changes ({@code quire.yml},
 * {@code authors.yml}, {@code tags.yml}, the options); pages are all rendered again when the
 * theme's files change. Not safe for two builds at once: a session builds one at a time.
 */
public final class BuildCache implements Reuse {

    /** One file's last load, and its last render when that succeeded. */
    static final class FileEntry implements Serializable {
        private static final long serialVersionUID = 1L;

        final long size;
        final long modified;
        final boolean racy;
        final String revision;
        /** As loaded, or null when the file is not published (e.g. a draft). */
        private final Content loaded;
        final List<Diagnostic> diagnostics;
        volatile Rendered rendered;

        FileEntry(long size, long modified, String revision, Optional<Content> loaded, List<Diagnostic> diagnostics) {
            this(size, modified, !FileStamp.settled(modified, System.currentTimeMillis()), revision, loaded.orElse(null),
                    diagnostics, null);
        }

        private FileEntry(long size, long modified, boolean racy, String revision, Content loaded,
                List<Diagnostic> diagnostics, Rendered rendered) {
            this.size = size;
            this.modified = modified;
            this.racy = racy;
            this.revision = revision;
            this.loaded = loaded;
            this.diagnostics = diagnostics;
            this.rendered = rendered;
        }

        Optional<Content> loaded() {
            return Optional.ofNullable(loaded);
        }

        /** The same entry for the same bytes with another size or time (e.g. the file was touched). */
        FileEntry at(long newSize, long newModified) {
            return new FileEntry(newSize, newModified, !FileStamp.settled(newModified, System.currentTimeMillis()), revision,
                    loaded, diagnostics, rendered);
        }

        /** The entry as kept on disk: what its render read by {@link Shapes#forDisk fingerprint}. */
        FileEntry forDisk() {
            Rendered last = rendered;
            return last == null ? this : new FileEntry(size, modified, racy, revision, loaded, diagnostics,
                    last.withInputs(Shapes.forDisk(last.inputs())));
        }

        /** The same entry without its render: for when what the render holds cannot be kept on disk. */
        FileEntry withoutRender() {
            return new FileEntry(size, modified, racy, revision, loaded, diagnostics, null);
        }
    }

    /**
     * What transforming and rendering a file produced, and what it read besides the file.
     *
     * @param inputs    the {@link Shapes shape} of each transforming plugin's {@code transformInputs}
     * @param fileLinks the Markdown files it links to, with the URLs the links became
     */
    record Rendered(Object inputs, Map<String, String> fileLinks, String html, List<Heading> toc, String excerpt,
            Map<String, Object> data, List<String> head, String image, List<ContentLinks.Ref> links,
            List<Diagnostic> diagnostics) implements Serializable {

        Rendered withInputs(Object shape) {
            return new Rendered(shape, fileLinks, html, toc, excerpt, data, head, image, links, diagnostics);
        }

        Rendered withDiagnostics(List<Diagnostic> reported) {
            return new Rendered(inputs, fileLinks, html, toc, excerpt, data, head, image, links, List.copyOf(reported));
        }
    }

    private final Map<String, FileEntry> files = new ConcurrentHashMap<>();
    /** The files this build loaded anew, and the renders it made anew: their diagnostics are added when their stage ends. */
    private final List<String> fresh = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<Content, Rendered> freshRenders = new ConcurrentHashMap<>();
    /** The shapes of what this build's renders read, and of what its pages read. */
    private Shapes shapes = new Shapes();
    private Shapes pageShapes = new Shapes();
    /** How many record objects the last build's shapes held: the next build's are made that large. */
    private int renderRecords = 16;
    private int pageRecords = 16;
    private final MemoStore memos = new MemoStore();
    private final PageTraces pages = new PageTraces();
    private String environment;
    private String themeInputs;
    private Theme theme;
    private OutputManifest output;
    private Path outputFolder;

    /**
     * Starts a build whose files depend on {@code environment}; forgets every file when it differs
     * from the last build's.
     */
    @Override
    public void begin(java.util.function.Supplier<String> environmentNow) {
        fresh.clear();
        freshRenders.clear();
        shapes = new Shapes(renderRecords);
        String newEnvironment = environmentNow.get();
        if (!newEnvironment.equals(environment)) {
            files.clear();
            pages.clear();
            theme = null;
            environment = newEnvironment;
        }
    }

    /**
     * Loads a file, or takes it from the cache when its size and modification time are the ones
     * of the last load; replays what that load reported. A file whose load read other files too is
     * loaded every time.
     */
    @Override
    public Optional<Content> load(Path file, Function<Path, Optional<Content>> loader, ContentLoader contentLoader,
            Diagnostics diagnostics) {
        String source = contentLoader.source(file);
        Function<Path, com.vladsch.flexmark.util.ast.Document> reparse = contentLoader::reparse;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            files.remove(source);
            return loader.apply(file);
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        FileEntry entry = files.get(source);
        if (entry != null && entry.size == size && entry.modified == modified
                && (!entry.racy || entry.revision.equals(revision(source, file)))) {
            return replay(entry, file, diagnostics, reparse);
        }
        String revision = revision(source, file);
        if (entry != null && entry.revision.equals(revision)) {
            // Touched, not changed (a checkout, a copy): the same bytes load and render the same.
            FileEntry touched = entry.at(size, modified);
            files.put(source, touched);
            return replay(touched, file, diagnostics, reparse);
        }
        fresh.add(source);
        Optional<Content> loaded = loader.apply(file);
        List<Path> others = contentLoader.otherFilesRead(file);
        if (!others.isEmpty()) {
            Digest withOthers = new Digest().add(revision);
            others.forEach(withOthers::addFile);
            String whole = withOthers.hex();
            loaded.ifPresent(c -> c.setRevision(whole));
            files.remove(source);
            return loaded;
        }
        loaded.ifPresent(c -> c.setRevision(revision));
        files.put(source, new FileEntry(size, modified, revision, loaded.map(Content::copyAsLoaded), new ArrayList<>()));
        return loaded;
    }

    private static Optional<Content> replay(FileEntry entry, Path file, Diagnostics diagnostics,
            Function<Path, com.vladsch.flexmark.util.ast.Document> reparse) {
        entry.diagnostics.forEach(diagnostics::report);
        return entry.loaded().map(loaded -> {
            Content copy = loaded.copyAsLoaded();
            copy.setRevision(entry.revision);
            copy.parseOnDemand(() -> reparse.apply(file));
            return copy;
        });
    }

    private String revision(String source, Path file) {
        return new Digest().add(environment).add(source).addFile(file).hex();
    }

    /**
     * Stores what loading the fresh files reported, so that a later build can replay it, and
     * forgets the files that are not part of the site any more.
     */
    @Override
    public void loaded(java.util.Set<String> sources, List<Diagnostic> reported) {
        for (String source : fresh) {
            FileEntry entry = files.get(source);
            if (entry != null) {
                reported.stream().filter(d -> source.equals(d.file())).forEach(entry.diagnostics::add);
            }
        }
        files.keySet().retainAll(sources);
    }

    @Override
    public List<ContentLinks.Ref> render(Content content, ContentWork work) {
        Object inputs = shapes.of(work.inputs(content));
        Optional<Rendered> reused = rendered(content, inputs, work.byFile());
        if (reused.isPresent()) {
            restore(content, reused.get(), work.diagnostics());
            return reused.get().links();
        }
        Before before = Before.of(content);
        ContentWork.Done done = work.run(content);
        freshRenders.put(content, before.after(content, inputs, done.fileLinks(), done.links(), List.of()));
        return done.links();
    }

    @Override
    public void rendered(List<Diagnostic> reported) {
        freshRenders.forEach((content, rendered) -> rendered(content, rendered.withDiagnostics(
                reported.stream().filter(d -> content.source().equals(d.file())).toList())));
        freshRenders.clear();
    }

    /**
     * The last render of {@code content} if the file is unchanged and reading the same inputs;
     * empty when it must be transformed and rendered.
     */
    private Optional<Rendered> rendered(Content content, Object inputs, Map<Path, Content> byFile) {
        FileEntry entry = files.get(content.source());
        if (entry == null || !entry.revision.equals(content.revision()) || entry.rendered == null) {
            return Optional.empty();
        }
        Rendered last = entry.rendered;
        if (!Shapes.same(last.inputs(), inputs) || !ContentLinks.sameTargets(last.fileLinks(), byFile)) {
            return Optional.empty();
        }
        return Optional.of(last);
    }

    /** Puts a reused render on {@code content}, as transforming and rendering it would. */
    private static void restore(Content content, Rendered rendered, Diagnostics diagnostics) {
        content.data().putAll(rendered.data());
        content.head().addAll(rendered.head());
        if (rendered.image() != null) {
            content.setImage(rendered.image());
        }
        content.rendered(rendered.html(), rendered.toc());
        if (content instanceof Post post) {
            post.excerptRendered(rendered.excerpt());
        }
        rendered.diagnostics().forEach(diagnostics::report);
    }

    /** What a content carries before it is transformed, to tell later what the transform added. */
    record Before(Map<String, Object> data, int head, String image) {
        static Before of(Content content) {
            return new Before(new HashMap<>(content.data()), content.head().size(), content.image());
        }

        Rendered after(Content content, Object inputs, Map<String, String> fileLinks, List<ContentLinks.Ref> links,
                List<Diagnostic> reported) {
            Map<String, Object> added = new HashMap<>();
            content.data().forEach((key, value) -> {
                if (data.get(key) != value) {
                    added.put(key, value);
                }
            });
            List<String> head = List.copyOf(content.head().subList(this.head, content.head().size()));
            String changedImage = java.util.Objects.equals(image, content.image()) ? null : content.image();
            String excerpt = content instanceof Post post ? post.excerptHtml() : "";
            return new Rendered(inputs, fileLinks, content.html(), content.toc(), excerpt, Map.copyOf(added), head,
                    changedImage, links, reported);
        }
    }

    /** Stores a fresh render of {@code content}. */
    private void rendered(Content content, Rendered rendered) {
        FileEntry entry = files.get(content.source());
        if (entry != null && entry.revision.equals(content.revision())) {
            entry.rendered = rendered;
        }
    }

    @Override
    public <T> T memo(String plugin, String name, Object key, java.util.function.Supplier<T> compute) {
        return memos.get(plugin, name, key, compute);
    }

    PageTraces pages() {
        return pages;
    }

    /** The theme of the last build, when its files and the settings are the same; else a new one. */
    @Override
    public Theme theme(Path root, java.util.function.Supplier<Theme> load) {
        String inputs = new Digest().addTree(root.resolve("templates")).addTree(root.resolve("themes")).hex();
        if (!inputs.equals(themeInputs)) {
            themeInputs = inputs;
            theme = null;
            pages.clear();
        }
        if (theme == null) {
            theme = load.get();
        }
        return theme;
    }

    @Override
    public StagedOutput open(Path folder, Path site) {
        return StagedOutput.reopen(folder, site, folder.equals(outputFolder) ? output : null);
    }

    @Override
    public Pages pages(dev.quire.model.Site site) {
        // Shapes of its own: a record a plugin changed after the renders is seen as it is now.
        pageShapes = new Shapes(pageRecords);
        return pages.next(site, pageShapes);
    }

    /** Ends a successful build. */
    @Override
    public void published(Path folder, OutputManifest written) {
        outputFolder = folder;
        output = written;
        endBuild();
    }

    /** Ends a failed build: nothing was published, so the pages of the last good build stay the reference. */
    @Override
    public void failed() {
        endBuild();
    }

    /** Forgets what only the build that ends needed: it holds that build's model. */
    private void endBuild() {
        memos.endBuild();
        renderRecords = Math.max(16, shapes.records());
        pageRecords = Math.max(16, pageShapes.records());
        shapes = new Shapes();
        pageShapes = new Shapes();
    }

    /** What a cache knows besides its files, memos and pages (all but the loaded theme, which is code). */
    record Header(String environment, String themeInputs, String outputFolder, OutputManifest output)
            implements Serializable {
    }

    Header header() {
        return new Header(environment, themeInputs, outputFolder == null ? null : outputFolder.toString(), output);
    }

    /** Makes this (empty) cache the one {@code header} and the other parts were taken from. */
    void restore(Header header, Map<String, FileEntry> entries, Map<java.util.List<Object>, Object> remembered,
            Map<String, long[]> costs, PageTraces.Saved traces) {
        environment = header.environment();
        themeInputs = header.themeInputs();
        outputFolder = header.outputFolder() == null ? null : Path.of(header.outputFolder());
        output = header.output();
        files.putAll(entries);
        memos.restore(remembered, costs);
        pages.restore(traces);
    }

    /** Forgets what was written: the output folder is not as the last build left it. */
    void forgetOutput() {
        output = null;
    }

    Map<String, FileEntry> files() {
        return files;
    }

    MemoStore memos() {
        return memos;
    }
}
