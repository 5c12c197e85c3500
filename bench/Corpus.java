import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * The benchmark's corpus: seed-like blogs of N posts, the same bytes for the same N on every
 * machine, and the same corpus laid out as a Hugo site.
 *
 * <pre>
 * java bench/Corpus.java quire SITE N    writes a Quire site of N posts (with papers.json)
 * java bench/Corpus.java hugo SITE HUGO  converts that site into a Hugo site
 * java bench/Corpus.java edit SITE       adds a line to one post, or takes it out again
 * </pre>
 *
 * Every post is like the reference post: a folder {@code blog/YYYY-MM-DD-papers-review-I/} with
 * {@code index.mdx} and {@code asset/}, an MDX import of its own PNG figure at the top, the date in
 * the {@code #} title, 3–5 sections whose headings link to papers (Hugging Face or arXiv), Korean
 * prose with English terms, lists, quotes and bold, about 2 KB of text. Every second post shows
 * its figure with JSX (the others only import it: it is their cover); every third has front
 * matter with tags. One figure in twenty is 1200 px wide, so the images plugin makes resized
 * copies of it; the others are 640–800 px and are only measured. Figures are drawn from a few
 * dozen pictures, each file made unique by a text chunk, so no two posts share a file.
 */
public class Corpus {

    /** Changes whenever the corpus changes, so a kept corpus of an older recipe is made again. */
    static final String RECIPE = "corpus-1";

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 28);
    private static final int WIDE_EVERY = 20;
    private static final String[] TAGS = {"llm", "vision", "video", "rl", "agents", "robotics", "diffusion", "audio",
        "benchmark", "survey", "efficiency", "reasoning", "multimodal", "safety", "retrieval", "theory"};

    public static void main(String[] args) throws IOException {
        switch (args.length > 0 ? args[0] : "") {
            case "quire" -> quire(Path.of(args[1]), Integer.parseInt(args[2]));
            case "hugo" -> Hugo.convert(Path.of(args[1]), Path.of(args[2]));
            case "edit" -> edit(Path.of(args[1]));
            default -> {
                System.err.println("usage: java Corpus.java quire SITE N | hugo SITE HUGO_SITE | edit SITE");
                System.exit(2);
            }
        }
    }

    // ---- The Quire site ----------------------------------------------------------------------

    static void quire(Path site, int posts) throws IOException {
        Files.createDirectories(site.resolve("blog"));
        Files.writeString(site.resolve("quire.yml"), """
                # A benchmark blog: seed-like posts, every plugin on, papers from papers.json (offline).
                title: 논문 읽는 밤
                description: 매일 새로 나온 ML 논문을 짧게 정리합니다.
                url: https://bench.example.org
                language: ko
                """);
        Figures figures = new Figures();
        Set<String> cited = ConcurrentHashMap.newKeySet();
        IntStream.range(0, posts).parallel().forEach(i -> post(site, i, paperCount(posts), figures, cited));
        Files.writeString(site.resolve("papers.json"), papersJson(cited));
        Files.writeString(site.resolve(".corpus"), RECIPE + " " + posts + "\n");
    }

    static LocalDate day(int i) {
        return LAST_DAY.minusDays(i / 2);
    }

    static String folder(int i) {
        return day(i) + "-papers-review-" + i;
    }

    /** How many papers the corpus may cite: each cited paper is cited by about two posts. */
    static int paperCount(int posts) {
        return Math.max(8, posts * 2);
    }

    /** The arXiv id of paper {@code p}: months from 2015 on, numbers unique within a month. */
    static String paperId(int p) {
        int month = p % 120;
        int year = 15 + month / 12;
        return String.format(Locale.ROOT, "%02d%02d.%05d", year, month % 12 + 1, 10000 + p / 120);
    }

    private static void post(Path site, int i, int papers, Figures figures, Set<String> cited) {
        Random random = new Random(i * 7919L + 17);
        Path dir = site.resolve("blog").resolve(folder(i));
        String figure = "fig_" + i;
        String file = "fig-" + i + ".png";
        StringBuilder text = new StringBuilder();
        if (i % 3 == 0) {
            text.append("---\ntags: [").append(String.join(", ", tags(random))).append("]\n---\n");
        }
        text.append("import ").append(figure).append(" from './asset/").append(file).append("';\n\n");
        text.append("# ").append(day(i)).append(" papers review\n\n");
        text.append(Prose.sentence(random)).append(' ').append(Prose.sentence(random)).append("\n\n");
        if (i % 2 == 0) {
            text.append("<img src={").append(figure).append("} alt=\"Figure ").append(i).append("\" />\n\n");
        }
        int sections = 3 + random.nextInt(3);
        for (int s = 1; s <= sections; s++) {
            String id = paperId((i * 2 + s * 7 + random.nextInt(5)) % papers);
            cited.add(id);
            String host = (i + s) % 4 == 0 ? "https://arxiv.org/abs/" : "https://huggingface.co/papers/";
            text.append("## ").append(s).append(". [").append(Prose.title(id)).append("](").append(host).append(id)
                    .append(")\n\n");
            Prose.section(text, random);
        }
        try {
            Files.createDirectories(dir.resolve("asset"));
            Files.writeString(dir.resolve("index.mdx"), text);
            Files.write(dir.resolve("asset").resolve(file), figures.forPost(i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tags(Random random) {
        TreeSet<String> tags = new TreeSet<>();
        int count = 1 + random.nextInt(3);
        while (tags.size() < count) {
            tags.add(TAGS[random.nextInt(TAGS.length)]);
        }
        return new ArrayList<>(tags);
    }

    /** Metadata of every cited paper, as {@code quire papers fetch} would have written it. */
    private static String papersJson(Set<String> cited) {
        StringBuilder json = new StringBuilder("{\n  \"format\": 1,\n  \"papers\": [\n");
        List<String> ids = new ArrayList<>(new TreeSet<>(cited));
        for (int n = 0; n < ids.size(); n++) {
            String id = ids.get(n);
            Random random = new Random(id.hashCode());
            String month = id.substring(0, 4);
            String published = "20" + month.substring(0, 2) + "-" + month.substring(2) + "-"
                    + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(28)) + "T12:00:00Z";
            json.append("    {\n")
                    .append("      \"id\": \"").append(id).append("\",\n")
                    .append("      \"version\": ").append(1 + random.nextInt(3)).append(",\n")
                    .append("      \"title\": \"").append(Prose.title(id)).append("\",\n")
                    .append("      \"authors\": [").append(Prose.authors(random)).append("],\n")
                    .append("      \"summary\": \"").append(Prose.summary(random)).append("\",\n")
                    .append("      \"published\": \"").append(published).append("\",\n")
                    .append("      \"primaryCategory\": \"cs.LG\",\n")
                    .append("      \"categories\": [\"cs.LG\", \"cs.CL\"]\n")
                    .append(n + 1 < ids.size() ? "    },\n" : "    }\n");
        }
        return json.append("  ]\n}\n").toString();
    }

    private static final String EDIT = "\n덧붙임: 오타를 고쳤다.\n";

    /**
     * Edits the post in the middle of the blog, as a writer fixing a typo would: adds a line, or
     * takes it out again when it is there, so two edits give back the corpus as it was. Works on
     * the Quire site and on its Hugo twin.
     */
    static void edit(Path site) throws IOException {
        int posts = Integer.parseInt(Files.readString(site.resolve(".corpus")).strip().split(" ")[1]);
        Path quire = site.resolve("blog").resolve(folder(posts / 2)).resolve("index.mdx");
        Path post = Files.exists(quire) ? quire : site.resolve("content/blog").resolve(folder(posts / 2)).resolve("index.md");
        String text = Files.readString(post);
        Files.writeString(post, text.endsWith(EDIT) ? text.substring(0, text.length() - EDIT.length()) : text + EDIT);
        System.out.println(site.relativize(post));
    }

    // ---- Prose -------------------------------------------------------------------------------

    /** Korean review prose with English terms, picked by a seeded random: the same text every run. */
    static final class Prose {
        private static final String[] SENTENCES = {
            "Reward feedback learning 방식은 human preference에 큰 도움이 됨.",
            "하지만 image generation에서 많이 활용되었고 video generation에서는 적용하기 어려웠다.",
            "이 논문은 latent space에서 바로 reward를 계산하는 방법을 제안한다.",
            "VAE decoding 없이 학습하므로 GPU memory 사용량이 크게 줄어든다.",
            "저자들은 기존 benchmark가 long-horizon 추론 능력을 제대로 측정하지 못한다고 지적한다.",
            "실험 결과는 모델 크기보다 데이터 품질이 더 중요하다는 것을 보여준다.",
            "언어 이해는 단순히 표면적 의미를 추출하는 것을 넘어 상황에 대한 정신 모델을 구축해야 함.",
            "VLM의 상호작용이 길어질수록 성능이 급락함을 보여주고 있다.",
            "Ablation study에서 attention head 수를 줄여도 정확도는 거의 변하지 않았다.",
            "Diffusion model의 sampling step을 4번으로 줄이면서도 FID는 유지했다.",
            "이런 접근은 robotics 분야의 world model 연구와도 연결된다.",
            "Scaling law를 다시 측정해 보니 compute-optimal 지점이 기존 추정과 달랐다.",
            "Tokenizer를 바꾸는 것만으로도 한국어 성능이 눈에 띄게 좋아졌다.",
            "Agent가 tool을 호출하는 순서를 학습하도록 reinforcement learning을 적용했다.",
            "Retrieval 단계에서 잘못된 문서를 가져오면 hallucination이 오히려 늘어난다.",
            "저자들은 코드와 checkpoint를 모두 공개했다.",
            "Evaluation delay 문제를 해결하기 위해 process reward model을 도입했다.",
            "Mixture-of-Experts 구조에서 routing이 한쪽으로 쏠리는 현상을 분석했다.",
            "Synthetic data만으로 학습한 모델이 real data 모델을 따라잡는 구간이 있다.",
            "결론적으로 이 방법은 inference cost를 절반 가까이 줄인다.",
        };
        private static final String[] BULLETS = {
            "GPU memory bottleneck", "Evaluation delay : 훈련 속도가 느려짐", "Insufficient supervision",
            "Timestep generalization 부족", "데이터 정제 파이프라인 공개", "Long context에서의 성능 저하",
            "추론 비용 대비 성능 향상", "Human evaluation과의 상관관계 분석",
        };
        private static final String[] TERMS = {"Process Reward Model", "World Model", "Latent Reward",
            "Sparse Attention", "Test-time Scaling", "Preference Optimization", "Embodied Cognition", "Token Merging"};
        private static final String[] WORDS = {"Video", "Language", "Reward", "Models", "Scaling", "Latent", "Agents",
            "Diffusion", "Reasoning", "World", "Efficient", "Benchmark", "Learning", "Vision", "Sparse", "Memory"};
        private static final String[] NAMES = {"Minji Kim", "Jiho Park", "Alice Chen", "Rahul Gupta", "Sofia Rossi",
            "Tomás Silva", "Yuki Tanaka", "Lena Müller", "Omar Haddad", "Grace Lee"};

        static String sentence(Random random) {
            return SENTENCES[random.nextInt(SENTENCES.length)];
        }

        /** One section: paragraphs, a list, a quote, bold terms. About 500 bytes. */
        static void section(StringBuilder text, Random random) {
            text.append(sentence(random)).append(' ').append(sentence(random)).append('\n');
            for (int b = 2 + random.nextInt(3); b > 0; b--) {
                text.append("- ").append(BULLETS[random.nextInt(BULLETS.length)]).append('\n');
            }
            text.append('\n').append("**").append(TERMS[random.nextInt(TERMS.length)]).append("** 모델을 제안. ")
                    .append(sentence(random)).append("\n\n");
            if (random.nextBoolean()) {
                text.append("> We propose a simple method that ").append(WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT))
                        .append(" models can use without extra supervision.\n\n");
            }
            text.append(sentence(random)).append("\n\n");
        }

        /** A paper's title, the same wherever the paper appears. */
        static String title(String id) {
            Random random = new Random(id.hashCode() * 31L);
            StringBuilder title = new StringBuilder();
            for (int w = 3 + random.nextInt(4); w > 0; w--) {
                title.append(title.length() == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            return title.toString();
        }

        static String authors(Random random) {
            StringBuilder authors = new StringBuilder();
            for (int a = 1 + random.nextInt(5); a > 0; a--) {
                authors.append(authors.length() == 0 ? "" : ", ").append('"').append(NAMES[random.nextInt(NAMES.length)])
                        .append('"');
            }
            return authors.toString();
        }

        static String summary(Random random) {
            StringBuilder summary = new StringBuilder("We study ");
            for (int s = 0; s < 6; s++) {
                summary.append(WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT)).append(' ')
                        .append(WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT))
                        .append(" under realistic settings and report consistent gains over strong baselines. ");
            }
            return summary.toString().strip();
        }
    }

    // ---- Figures -----------------------------------------------------------------------------

    /**
     * PNG figures. Drawing and encoding 10,000 pictures would take longer than the builds, so a few
     * dozen are drawn once and each post's file is one of them with a {@code tEXt} chunk naming the
     * post: every file has its own bytes (and hash), as real figures do.
     */
    static final class Figures {
        private static final int DISTINCT = 24;
        private final byte[][] wide = new byte[DISTINCT][];
        private final byte[][] narrow = new byte[DISTINCT][];

        Figures() {
            IntStream.range(0, DISTINCT).parallel().forEach(k -> {
                wide[k] = png(chart(1200, 675, new Random(1000 + k)));
                int width = 640 + (k % 3) * 80;
                narrow[k] = png(chart(width, width * 9 / 16, new Random(2000 + k)));
            });
        }

        byte[] forPost(int i) {
            byte[] base = i % WIDE_EVERY == 0 ? wide[(i / WIDE_EVERY) % DISTINCT] : narrow[i % DISTINCT];
            return withText(base, "Comment", "figure of post " + i);
        }

        private static byte[] png(BufferedImage image) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The PNG with a tEXt chunk after its header chunk (signature 8 bytes + IHDR 25 bytes). */
        private static byte[] withText(byte[] png, String key, String value) {
            byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
            ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
            chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
            CRC32 crc = new CRC32();
            crc.update(chunk.array(), 4, 4 + data.length);
            chunk.putInt((int) crc.getValue());
            int split = 8 + 25;
            ByteBuffer out = ByteBuffer.allocate(png.length + chunk.capacity());
            out.put(png, 0, split).put(chunk.array()).put(png, split, png.length - split);
            return out.array();
        }

        /** A chart: flat colours, grid lines, bars, a curve and a caption; different for every seed. */
        private static BufferedImage chart(int width, int height, Random random) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xf4f4f0 + random.nextInt(8)));
            g.fillRect(0, 0, width, height);
            Color bars = new Color(random.nextInt(0xffffff));
            for (int x = width / 12; x < width; x += width / 12) {
                int bar = random.nextInt(height * 2 / 3);
                g.setColor(bars);
                g.fillRect(x - width / 40, height - bar, width / 20, bar);
            }
            g.setColor(new Color(0, 0, 0, 40));
            for (int x = 0; x < width; x += width / 12) {
                g.drawLine(x, 0, x, height);
            }
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.setStroke(new BasicStroke(Math.max(2, width / 400f)));
            int previous = height / 2;
            for (int x = 0; x < width; x += 8) {
                int next = Math.max(0, Math.min(height - 1, previous + random.nextInt(41) - 20));
                g.drawLine(x, previous, x + 8, next);
                previous = next;
            }
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            g.drawString("Figure " + random.nextInt(100), 20, 30);
            g.dispose();
            return image;
        }
    }

    // ---- The Hugo site -----------------------------------------------------------------------

    /**
     * The same blog for Hugo: each post a page bundle at the same URL, with its title, date and
     * tags as front matter, the JSX figure as plain HTML, and layouts that render what Quire's
     * default theme shows (post with prev/next and tags, paginated lists, tag pages, RSS, sitemap).
     */
    static final class Hugo {
        private static final Pattern IMPORT = Pattern.compile("^import (\\w+) from '([^']+)';\\n", Pattern.MULTILINE);
        private static final Pattern TITLE = Pattern.compile("^# (.+)\\n", Pattern.MULTILINE);
        private static final Pattern FRONT = Pattern.compile("\\A---\\ntags: \\[([^\\]]*)]\\n---\\n");

        static void convert(Path site, Path hugo) throws IOException {
            Files.createDirectories(hugo.resolve("content/blog"));
            Files.writeString(hugo.resolve("config.toml"), """
                    baseURL = "https://bench.example.org/"
                    languageCode = "ko"
                    defaultContentLanguage = "ko"
                    title = "논문 읽는 밤"
                    paginate = 10
                    rssLimit = 20
                    [taxonomies]
                    tag = "tags"
                    [markup.goldmark.renderer]
                    unsafe = true
                    [outputs]
                    home = ["HTML", "RSS"]
                    section = ["HTML", "RSS"]
                    """);
            layouts(hugo);
            Files.copy(site.resolve(".corpus"), hugo.resolve(".corpus"));
            try (Stream<Path> folders = Files.list(site.resolve("blog"))) {
                folders.filter(Files::isDirectory).parallel().forEach(folder -> post(folder, hugo));
            }
        }

        private static void post(Path folder, Path hugo) {
            try {
                String name = folder.getFileName().toString();
                String date = name.substring(0, 10);
                String slug = name.substring(11);
                String text = Files.readString(folder.resolve("index.mdx"));
                String tags = "";
                Matcher front = FRONT.matcher(text);
                if (front.find()) {
                    tags = front.group(1);
                    text = text.substring(front.end());
                }
                Matcher imports = IMPORT.matcher(text);
                String binding = null;
                String path = null;
                if (imports.find()) {
                    binding = imports.group(1);
                    path = imports.group(2);
                    text = text.substring(0, imports.start()) + text.substring(imports.end());
                }
                Matcher title = TITLE.matcher(text);
                title.find();
                String heading = title.group(1);
                text = text.substring(0, title.start()) + text.substring(title.end());
                if (binding != null) {
                    text = text.replace("src={" + binding + "}", "src=\"" + path + "\"");
                }
                StringBuilder page = new StringBuilder("---\n")
                        .append("title: \"").append(heading).append("\"\n")
                        .append("date: ").append(date).append("\n")
                        .append("url: /blog/").append(date.replace('-', '/')).append('/').append(slug).append("/\n");
                if (path != null) {
                    page.append("images: [\"").append(path.substring(2)).append("\"]\n");
                }
                if (!tags.isEmpty()) {
                    page.append("tags: [").append(tags).append("]\n");
                }
                page.append("---\n").append(text.stripLeading());
                Path bundle = hugo.resolve("content/blog").resolve(name);
                Files.createDirectories(bundle.resolve("asset"));
                Files.writeString(bundle.resolve("index.md"), page);
                try (Stream<Path> assets = Files.list(folder.resolve("asset"))) {
                    for (Path asset : (Iterable<Path>) assets::iterator) {
                        Files.copy(asset, bundle.resolve("asset").resolve(asset.getFileName()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void layouts(Path hugo) throws IOException {
            write(hugo, "layouts/_default/baseof.html", """
                    <!DOCTYPE html>
                    <html lang="{{ .Site.LanguageCode }}">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ .Site.Title }}</title>
                    <meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 160 }}{{ end }}">
                    <link rel="canonical" href="{{ .Permalink }}">
                    {{ with .Params.images }}<meta property="og:image" content="{{ index . 0 | absURL }}">{{ end }}
                    {{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}
                    </head>
                    <body>
                    <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                    <nav><a href="{{ "/blog/" | relURL }}">Blog</a> <a href="{{ "/tags/" | relURL }}">Tags</a></nav></header>
                    <main>{{ block "main" . }}{{ end }}</main>
                    <footer>© {{ .Site.Title }}</footer>
                    </body>
                    </html>
                    """);
            write(hugo, "layouts/_default/single.html", """
                    {{ define "main" }}
                    <article>
                    <h1>{{ .Title }}</h1>
                    <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006년 1월 2일" }}</time>
                    <nav class="toc">{{ .TableOfContents }}</nav>
                    {{ .Content }}
                    {{ with .Params.tags }}<ul class="tags">{{ range . }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}
                    </article>
                    <nav class="pager">
                    {{ with .NextInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                    {{ with .PrevInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                    </nav>
                    {{ end }}
                    """);
            write(hugo, "layouts/_default/list.html", """
                    {{ define "main" }}
                    <h1>{{ .Title }}</h1>
                    {{ $paginator := .Paginate .Pages }}
                    {{ range $paginator.Pages }}
                    <article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                    <time>{{ .Date.Format "2006-01-02" }}</time>
                    {{ .Summary }}</article>
                    {{ end }}
                    <nav class="pagination">
                    {{ if $paginator.HasPrev }}<a href="{{ $paginator.Prev.URL }}">Newer</a>{{ end }}
                    {{ $paginator.PageNumber }} / {{ $paginator.TotalPages }}
                    {{ if $paginator.HasNext }}<a href="{{ $paginator.Next.URL }}">Older</a>{{ end }}
                    </nav>
                    {{ end }}
                    """);
            // The home page shows the newest posts and links to the blog's pages, as Quire's does.
            write(hugo, "layouts/index.html", """
                    {{ define "main" }}
                    <h1>{{ .Site.Title }}</h1>
                    {{ range first 10 (where .Site.RegularPages "Section" "blog") }}
                    <article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                    <time>{{ .Date.Format "2006-01-02" }}</time>
                    {{ .Summary }}</article>
                    {{ end }}
                    <nav class="pagination"><a href="{{ "/blog/page/2/" | relURL }}">Older</a></nav>
                    {{ end }}
                    """);
            write(hugo, "layouts/_default/terms.html", """
                    {{ define "main" }}
                    <h1>{{ .Title }}</h1>
                    <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
                    {{ end }}
                    """);
            write(hugo, "layouts/404.html", """
                    {{ define "main" }}<h1>404</h1>{{ end }}
                    """);
        }

        private static void write(Path hugo, String path, String text) throws IOException {
            Path file = hugo.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
    }
}
