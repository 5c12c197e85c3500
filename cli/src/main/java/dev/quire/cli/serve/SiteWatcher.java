package dev.quire.cli.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Watches the site folder (posts, pages, static files, templates, themes, {@code quire.yml},
 * {@code papers.json}) with native file events: inotify on Linux, FSEvents on macOS. Folders that
 * are not the site's sources are not watched: hidden ones (the build cache, the served output,
 * {@code .git}), {@code build}, {@code node_modules}, {@code target}.
 */
final class SiteWatcher implements AutoCloseable {

    private static final Set<String> SKIPPED = Set.of("build", "node_modules", "target");

    private final DirectoryWatcher watcher;

    SiteWatcher(Path site, Consumer<Path> changed) throws IOException {
        Path root = site.toAbsolutePath().normalize();
        this.watcher = DirectoryWatcher.builder()
                .path(root)
                .fileHashing(false)
                .fileTreeVisitor(sourcesOnly(root))
                .listener(event -> {
                    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                        changed.accept(root);
                    } else if (isSource(root, event.path())) {
                        changed.accept(event.path());
                    }
                })
                .build();
    }

    void start() {
        watcher.watchAsync();
    }

    /** True for a path of the site's sources: inside the site, in no hidden or skipped folder. */
    static boolean isSource(Path root, Path path) {
        if (path == null || !path.startsWith(root)) {
            return false;
        }
        Path relative = root.relativize(path);
        if (relative.toString().isEmpty()) {
            return true;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return !SKIPPED.contains(relative.getName(0).toString());
    }

    /** Walks only the folders whose files are sources, so the output's folders get no watches. */
    private static FileTreeVisitor sourcesOnly(Path root) {
        return (start, onDirectory, onFile) -> Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && !isSource(root, dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
