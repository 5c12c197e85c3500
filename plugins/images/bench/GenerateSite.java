import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * Writes a blog of N posts for measuring the images plugin: every post imports its own figure
 * (two of three a 1600×900 PNG chart, one of three a 2000×1333 JPEG photo), shows it with JSX, and
 * shows a logo from static/ with Markdown. Usage: java GenerateSite.java SITE_DIR [N]
 */
public class GenerateSite {

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Files.createDirectories(site.resolve("static/img"));
        Files.writeString(site.resolve("quire.yml"), "title: Image bench\nurl: https://bench.example.org\nlanguage: ko\n");
        ImageIO.write(chart(400, 120, new Random(0)), "png", site.resolve("static/img/logo.png").toFile());
        LocalDate start = LocalDate.of(2020, 1, 1);
        IntStream.range(0, posts).parallel().forEach(i -> post(site, start.plusDays(i), i));
    }

    private static void post(Path site, LocalDate day, int i) {
        boolean photo = i % 3 == 2;
        String name = (photo ? "photo-" : "figure-") + i + (photo ? ".jpg" : ".png");
        Path folder = site.resolve("blog/" + day + "-post-" + i);
        Random random = new Random(i);
        try {
            Files.createDirectories(folder.resolve("asset"));
            BufferedImage image = photo ? chart(2000, 1333, random) : chart(1600, 900, random);
            ImageIO.write(image, photo ? "jpeg" : "png", folder.resolve("asset/" + name).toFile());
            Files.writeString(folder.resolve("index.mdx"), """
                    import fig from './asset/%s';

                    # %s post %d

                    ## 1. [A paper](https://huggingface.co/papers/2511.%05d)

                    Reward Feedback learning 방식은 human preference에 큰 도움이 됨. 하지만 image generation에서 많이 활용.

                    <img src={fig} alt="Figure %d" />

                    - GPU memory bottleneck
                    - **VAE decoding 없이** latent space에서 random timestep을 샘플링.

                    ![logo](/img/logo.png)

                    그러므로 LLM 모델 역시 인지 시스템과 교류가 있어야 한다.
                    """.formatted(name, day, i, i, i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chart-like picture: a gradient, grid lines and a random curve, different for every seed. */
    private static BufferedImage chart(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), width, height, Color.WHITE));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0, 0, 0, 40));
        for (int x = 0; x < width; x += width / 16) {
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
        g.dispose();
        return image;
    }
}
