package dev.quire.internal.build;

import dev.quire.BuildOptions;
import dev.quire.plugin.Digest;
import dev.quire.plugin.FileStamp;
import dev.quire.plugin.QuirePlugin;
import dev.quire.plugin.WholeFiles;
import dev.quire.theme.ThemeEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What {@code quire build} needs to skip a build that would write what is already there: a
 * fingerprint of everything the last build read (every file of the site with its size and time,
 * the options, and the code of Quire, its plugins and themes) and of the output folder it left.
 * When both are the same, the build is up to date. Kept in {@code SITE/.quire/last-build}.
 *
 * <p>Only a build without warnings is remembered: a warning may come from the network (a paper
 * that could not be fetched) and the next build must try again, and its warnings must be shown
 * again. Files changed in the seconds before a build are not trusted to show their change in their
 * time (a file system's clock is coarse), so such a build is not remembered either.
 */
final class LastBuild {

    static final Path FILE = Path.of(".quire", "last-build");

    /** Folders of other tools, never read by a build, that can hold very many files. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", ".quire", ".docusaurus",
            "node_modules");

    /**
     * The fingerprints of one build.
     *
     * @param inputs what the build read, or null when a file changed too recently to be trusted
     */
    record Fingerprint(String inputs, String output, int posts, int pages, int files, long bytes) {

        String text() {
            return String.join("\n", inputs, output, String.valueOf(posts), String.valueOf(pages),
                    String.valueOf(files), String.valueOf(bytes)) + "\n";
        }

        static Optional<Fingerprint> parse(String text) {
            String[] lines = text.split("\n");
            if (lines.length != 6) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Fingerprint(lines[0], lines[1], Integer.parseInt(lines[2]),
                        Integer.parseInt(lines[3]), Integer.parseInt(lines[4]), Long.parseLong(lines[5])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private final Path root;
    private final BuildOptions options;
    private final Future<String> code;
    /** Null when a file changed too recently to be trusted. */
    private final Future<String> inputs;
    private final Future<String> output;

    private LastBuild(Path root, BuildOptions options, Future<String> code, Future<String> inputs,
            Future<String> output) {
        this.root = root;
        this.options = options;
        this.code = code;
        this.inputs = inputs;
        this.output = output;
    }

    /**
     * Fingerprints what a build of the site is about to read; call it before anything is read. The
     * code, the site and the output folder are looked at on threads of their own: most of the time
     * goes into asking the file system about each file. When there is no last build to compare
     * with (a first build), the build goes on meanwhile: a file it reads that changes while the
     * site is looked at changes after the build started, so the build is not remembered.
     */
    static LastBuild before(Path root, BuildOptions options, ClassLoader loader) {
        long start = System.currentTimeMillis();
        ExecutorService threads = Executors.newFixedThreadPool(3, task -> {
            Thread thread = new Thread(task, "quire-last-build");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<String> code = threads.submit(() -> code(loader));
            Future<String> output = options.clean() ? null : threads.submit(() -> tree(options.output(), Set.of()));
            Future<String> inputs = threads.submit(() -> inputs(root, options, code, start));
            return new LastBuild(root, options, code, inputs, output);
        } finally {
            threads.shutdown();
        }
    }

    /** The last build, when it read what this one would read and its output is still as it left it. */
    Optional<Fingerprint> unchanged() {
        Optional<Fingerprint> last = read();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        String now = Workers.await(inputs);
        if (now == null || !last.get().inputs().equals(now)) {
            return Optional.empty();
        }
        return output != null && last.get().output().equals(outputBefore()) ? last : Optional.empty();
    }

    /** What a build with these options by this code is: it can reuse only what such a build left. */
    String buildKey() {
        return new Digest().add(root.toString()).add(options.withClean(false).toString()).add(Workers.await(code)).hex();
    }

    /** The fingerprint of the output folder before this build; empty for a clean build, which does not look. */
    String outputBefore() {
        return output == null ? "" : Workers.await(output);
    }

    /** The fingerprint of the output folder now, after the build put its output in place. */
    String outputAfter() {
        return tree(options.output(), Set.of());
    }

    /**
     * Remembers this build, which just put its output in place, or forgets the last one when this
     * one cannot be trusted to be the same next time.
     *
     * @param trusted false when the build reported warnings
     * @param output  the output folder's fingerprint, from {@link #outputAfter}
     */
    void remember(boolean trusted, String output, int posts, int pages, int files, long bytes) {
        try {
            Path file = root.resolve(FILE);
            String read = trusted ? Workers.await(inputs) : null;
            if (read == null) {
                Files.deleteIfExists(file);
                return;
            }
            WholeFiles.write(file, new Fingerprint(read, output, posts, pages, files, bytes).text()
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            // Without the record the next build is a whole build: slower, never wrong.
        }
    }

    private Optional<Fingerprint> read() {
        try {
            return Fingerprint.parse(Files.readString(root.resolve(FILE), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static String inputs(Path root, BuildOptions options, Future<String> code, long start) {
        Listing site = listing(root, outputFolder(options.output()));
        if (!FileStamp.settled(site.newest, start)) {
            return null;
        }
        return new Digest().add(options.withClean(false).toString()).add(Workers.await(code)).add(site.digest()).hex();
    }

    /**
     * The output folder, both as named and as the walk of the site meets it when it is inside the
     * site: the walk starts at the site's real path, and the output may be named through a link
     * (as {@code /tmp} is on macOS).
     */
    private static Set<Path> outputFolder(Path output) {
        try {
            Path parent = output.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return Set.copyOf(List.of(output, parent.toRealPath().resolve(output.getFileName())));
            }
        } catch (IOException e) {
            // The output's folder cannot be resolved; the output itself is skipped as named.
        }
        return Set.of(output);
    }


    /** The jars or folders the build's code comes from: Quire itself, its plugins and theme engines, and themes. */
    private static String code(ClassLoader loader) {
        Set<Path> locations = new TreeSet<>();
        location(LastBuild.class).ifPresent(locations::add);
        ServiceLoader.load(QuirePlugin.class, loader).stream().forEach(p -> location(p.type()).ifPresent(locations::add));
        ServiceLoader.load(ThemeEngine.class, loader).stream().forEach(p -> location(p.type()).ifPresent(locations::add));
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/quire/themes/"))) {
                archiveOrFolder(url).ifPresent(locations::add);
            }
        } catch (IOException e) {
            return "unknown";
        }
        Digest digest = new Digest();
        for (Path location : locations) {
            digest.add(location.toString()).add(tree(location, Set.of()));
        }
        return digest.hex();
    }

    private static Optional<Path> location(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null ? Optional.empty() : archiveOrFolder(source.getLocation());
    }

    /** The jar a {@code jar:} URL points into, or the file or folder of a {@code file:} URL. */
    private static Optional<Path> archiveOrFolder(URL url) {
        try {
            String text = url.toString();
            if (text.startsWith("jar:")) {
                text = text.substring("jar:".length(), text.indexOf("!/"));
            }
            return text.startsWith("file:") ? Optional.of(Path.of(new java.net.URI(text))) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** A digest of every file under {@code top} (or of {@code top} itself, a file) by path, size and time. */
    private static String tree(Path top, Set<Path> skipped) {
        return listing(top, skipped).digest();
    }

    private record Listing(List<String> lines, long newest) {
        /** The digest of the lines in order, as one text: tens of thousands of small digest updates cost more. */
        String digest() {
            StringBuilder text = new StringBuilder(lines.size() * 64);
            lines.stream().sorted().forEach(line -> text.append(line).append('\n'));
            return new Digest().add(text.toString()).hex();
        }
    }

    private static Listing listing(Path top, Set<Path> skipped) {
        List<String> lines = new ArrayList<>();
        long[] newest = {Long.MIN_VALUE};
        if (!Files.exists(top)) {
            return new Listing(List.of("missing"), newest[0]);
        }
        // A path below the top is the top's path, a separator, and the rest: cheaper to cut than to relativize.
        int prefix = top.toString().length() + 1;
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean skip = !dir.equals(top) && (skipped.contains(dir)
                            || SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                            || dir.getFileName().toString().startsWith(".quire-"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    BasicFileAttributes seen = attributes.isSymbolicLink() && Files.exists(file)
                            ? Files.readAttributes(file, BasicFileAttributes.class) : attributes;
                    FileTime modified = seen.lastModifiedTime();
                    newest[0] = Math.max(newest[0], modified.toMillis());
                    lines.add(relative(file) + "\t" + seen.size() + "\t" + modified.to(TimeUnit.NANOSECONDS));
                    return FileVisitResult.CONTINUE;
                }

                private String relative(Path file) {
                    String path = file.toString();
                    return path.length() > prefix ? path.substring(prefix) : top.relativize(file).toString();
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    lines.add(relative(file) + "\tunreadable");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Listing(lines, newest[0]);
    }
}
