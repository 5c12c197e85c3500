package dev.quire.cli.incremental;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A site written from a seed, and random edits of it of every kind a writer makes: posts added,
 * edited, re-dated, re-tagged, drafted, unlisted, renamed and deleted, paper links and pictures,
 * pages, static files, template overrides and {@code quire.yml}. The same seed gives the same
 * site and the same edits. Also makes large sites for measuring ({@link #main}).
 *
 * <p>A settled site dates each file it writes in the past, a second after the one before, as if
 * the writer had paused between edits: builds then trust what the file system says of a file (its
 * size and time) instead of reading it again, as they do on a real site. It also edits the
 * metadata of papers in {@code papers.json}.
 */
public final class RandomSite {

    static final String[] PAPERS = {"1512.03385", "1706.03762", "1810.04805", "2001.08361", "2005.11401", "2005.14165"};
    private static final String[] TAGS = {"ml", "nlp", "vision", "rl", "논문", "systems"};
    private static final String[] WORDS = {"attention", "residual", "scaling", "retrieval", "diffusion", "모델",
        "학습", "tokens", "gradient", "benchmark", "alignment", "데이터"};

    private final Path root;
    private final Random random;
    /** A picture posts may show that comes and goes (see {@link #figure}). */
    private static final String FIGURE = "blog/img/figure.png";

    private final List<Path> posts = new ArrayList<>();
    private int counter;
    /** The time the next file written is dated, for a settled site; null otherwise. */
    private Instant clock;

    public RandomSite(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** A settled site (see the class comment). */
    public static RandomSite settled(Path root, long seed) {
        RandomSite site = new RandomSite(root, seed);
        site.clock = Instant.now().minus(Duration.ofDays(10));
        return site;
    }

    public Path root() {
        return root;
    }

    /** Writes the starting site: settings, papers.json, a picture, {@code count} posts, a page. */
    public RandomSite create(int count) {
        write("quire.yml", settings("Random blog", 3));
        write("papers.json", resource("papers.json"));
        write("blog/img/picture.png", resource("picture.png"));
        write(FIGURE, png(320, 200));
        write("blog/authors.yml", "kim:\n  name: Kim\n  title: Writer\n");
        write("pages/about.md", "---\ntitle: About\n---\nAbout this blog.\n");
        write("static/robots-note.txt", "static file\n");
        for (int i = 0; i < count; i++) {
            addPost();
        }
        return this;
    }

    /** Applies one random edit and says what it was. */
    public String edit() {
        int kind = random.nextInt(clock == null ? 20 : 21);
        if (posts.isEmpty() && kind < 10) {
            return addPost();
        }
        Path post = posts.isEmpty() ? null : posts.get(random.nextInt(posts.size()));
        return switch (kind) {
            case 0, 1 -> addPost();
            case 2 -> replaceLine(post, "Body ", "Body " + word() + " " + word() + " ", "edit text");
            case 3 -> replaceLine(post, "title: ", "title: " + title(), "retitle");
            case 4 -> replaceLine(post, "date: ", "date: " + date(), "re-date");
            case 5 -> replaceLine(post, "tags: ", "tags: " + tags(), "re-tag");
            case 6 -> replaceLine(post, "draft: ", "draft: " + random.nextBoolean(), "draft toggle");
            case 7 -> replaceLine(post, "unlisted: ", "unlisted: " + (random.nextInt(3) == 0), "unlisted toggle");
            case 8 -> replaceLine(post, "Paper: ", "Paper: " + paperLink(), "paper link");
            case 9 -> delete(post);
            case 10 -> rename(post);
            case 11 -> replaceLine(post, "Picture: ", "Picture: " + picture(), "picture");
            case 12 -> template();
            case 13 -> write("quire.yml", settings(random.nextBoolean() ? "Random blog" : "논문 " + word(), 2 + random.nextInt(3)), "settings");
            case 14 -> staticFile();
            case 15 -> write("pages/about.md", "---\ntitle: About " + word() + "\n---\nAbout " + word() + ".\n\nSee [a post](/blog/).\n", "page");
            case 16, 17 -> figure();
            case 18 -> replaceLine(post, "Formula: ", "Formula: " + formula(), "formula");
            case 19 -> replaceLine(post, "Link: ", "Link: " + postLink(post), "post link");
            default -> retitlePaper();
        };
    }

    private String addPost() {
        int n = counter++;
        Path file = root.resolve("blog/" + date() + "-post-" + n + ".md");
        posts.add(file);
        write(root.relativize(file).toString(), "---\ntitle: " + title() + "\ndate: " + date() + "\ntags: " + tags()
                + "\nauthors: [kim]\ndraft: " + (random.nextInt(8) == 0) + "\nunlisted: " + (random.nextInt(8) == 0)
                + "\n---\n\nBody " + word() + " " + word() + ".\n\n<!-- truncate -->\n\n## Part " + word() + "\n\n"
                + "Paper: " + paperLink() + "\n\nPicture: " + picture() + "\n\nLink: " + postLink(file) + "\n\n"
                + "Formula: " + formula() + "\n\n"
                + "## More\n\n- " + word() + "\n- " + word() + "\n\n## End\n\nDone.\n");
        return "add " + file.getFileName();
    }

    private String replaceLine(Path post, String prefix, String line, String what) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(post, StandardCharsets.UTF_8));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    lines.set(i, line);
                }
            }
            Files.write(post, lines, StandardCharsets.UTF_8);
            settle(post);
            return what + " " + post.getFileName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives one paper of papers.json a new title, which every post naming it shows. */
    private String retitlePaper() {
        String id = PAPERS[random.nextInt(PAPERS.length)];
        String title = word() + " " + word() + " " + word();
        try {
            String papers = Files.readString(root.resolve("papers.json"));
            write("papers.json", papers.replaceFirst("(\"id\": \"" + Pattern.quote(id) + "\",\n\\s*\"title\": \")[^\"]*",
                    "$1" + title));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "retitle paper " + id + " as " + title;
    }

    private String delete(Path post) {
        posts.remove(post);
        try {
            Files.delete(post);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "delete " + post.getFileName();
    }

    private String rename(Path post) {
        Path to = post.resolveSibling(date() + "-renamed-" + counter++ + ".md");
        try {
            Files.move(post, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        posts.set(posts.indexOf(post), to);
        return "rename " + post.getFileName() + " → " + to.getFileName();
    }

    /** A footer override that lists recent posts: every page then shows other posts' titles. */
    private String template() {
        return switch (random.nextInt(3)) {
            case 0 -> write("templates/partials/footer.peb", "<footer class=\"site-footer\"><ul>{% for p in site.listedPosts %}"
                    + "{% if loop.index < 3 %}<li><a href=\"{{ p.url }}\">{{ p.title }}</a></li>{% endif %}{% endfor %}</ul>"
                    + "<p>{{ site.settings.title }} " + word() + "</p></footer>\n", "footer template");
            case 1 -> write("templates/partials/post-meta.peb", "<p class=\"post-meta\">{{ entry.date | date(\"yyyy-MM-dd\") }}"
                    + " · {{ entry.tags | length }} " + word() + "</p>\n", "post-meta template");
            default -> {
                deleteTree(root.resolve("templates"));
                yield "templates removed";
            }
        };
    }

    private String staticFile() {
        Path file = root.resolve("static/robots-note.txt");
        if (random.nextBoolean() && Files.exists(file)) {
            deleteTree(file);
            return "static deleted";
        }
        return write("static/robots-note.txt", "static " + word() + "\n", "static edit");
    }

    private String settings(String title, int perPage) {
        return "title: " + title + "\nurl: https://blog.example.org\nlanguage: en\nblog:\n  posts-per-page: " + perPage + "\n";
    }

    private String title() {
        return Character.toUpperCase(word().charAt(0)) + word().substring(1) + " " + word() + " " + word();
    }

    private String date() {
        return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)).toString();
    }

    private String tags() {
        int count = random.nextInt(3);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            if (!chosen.contains(tag)) {
                chosen.add(tag);
            }
        }
        return "[" + String.join(", ", chosen) + "]";
    }

    /** Math in a few posts only: the theme then publishes its math assets, and stops when the last goes. */
    private String formula() {
        return random.nextInt(4) == 0 ? "$e^{i\\pi} + " + random.nextInt(9) + " = 0$" : word();
    }

    private String paperLink() {
        return random.nextInt(3) == 0 ? "none" : "[paper](https://arxiv.org/abs/" + PAPERS[random.nextInt(PAPERS.length)] + ")";
    }

    private String picture() {
        return switch (random.nextInt(4)) {
            case 0 -> "![a picture](./img/picture.png)";
            case 1 -> "![a figure](./img/figure.png)";
            default -> "none";
        };
    }

    /**
     * Adds, replaces or deletes the figure, which posts keep naming whether it is there or not:
     * their files are unchanged, but what they show (and whether the build fails) is not.
     */
    private String figure() {
        Path file = root.resolve(FIGURE);
        boolean existed = Files.exists(file);
        if (existed && random.nextBoolean()) {
            deleteTree(file);
            return "figure deleted";
        }
        // Some wide enough to get resized copies, whose names and widths change with the picture.
        int width = random.nextBoolean() ? 20 + random.nextInt(300) : 900 + random.nextInt(400);
        int height = 20 + random.nextInt(300);
        write(FIGURE, png(width, height));
        return (existed ? "figure replaced by one of " : "figure added, ") + width + "x" + height;
    }

    private byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int colour = random.nextInt(0xffffff);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, colour ^ (x * y));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String postLink(Path from) {
        if (posts.size() < 2 || random.nextBoolean()) {
            return "none";
        }
        Path to = posts.get(random.nextInt(posts.size()));
        return to.equals(from) ? "none" : "[another post](./" + to.getFileName() + ")";
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String write(String path, String text, String what) {
        write(path, text);
        return what;
    }

    private void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            settle(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dates a file just written on a settled site. */
    private void settle(Path file) throws IOException {
        if (clock != null) {
            clock = clock.plusSeconds(1);
            Files.setLastModifiedTime(file, FileTime.from(clock));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = RandomSite.class.getResourceAsStream("/incremental/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the site's files, not what builds left in its {@code .quire} folder, into {@code target}. */
    void copyTo(Path target) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> !root.relativize(p).startsWith(".quire")).toList()) {
                Path copy = target.resolve(root.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a site of {@code N} posts into {@code DIR} for measuring: {@code RandomSite N DIR [SEED]}. */
    public static void main(String[] args) {
        Path dir = Path.of(args[1]);
        deleteTree(dir);
        new RandomSite(dir, args.length > 2 ? Long.parseLong(args[2]) : 1).create(Integer.parseInt(args[0]));
    }
}
