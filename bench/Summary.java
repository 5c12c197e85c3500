import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of {@code bench/run}: medians per post count, tool and case, posts per second, and
 * Quire's time over Hugo's for the same case. Reads the runs as bench/run records them, one per
 * line: posts, tool, case, run, wall seconds, CPU seconds, peak RSS in KiB, load average.
 * Usage: java bench/Summary.java RESULTS.tsv
 */
public class Summary {

    /** The Hugo row each Quire row is compared with. */
    private static final Map<String, String> HUGO_CASE = Map.of(
            "cold", "cold", "cold, images kept", "cold", "no change", "no change", "one post edited", "one post edited");

    private record Run(double wall, double cpu, double rssKiB, double load) {
    }

    public static void main(String[] args) throws IOException {
        Map<Integer, Map<String, List<Run>>> byPosts = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            if (f.length < 8) {
                continue;
            }
            byPosts.computeIfAbsent(Integer.parseInt(f[0]), n -> new LinkedHashMap<>())
                    .computeIfAbsent(f[1] + "\t" + f[2], k -> new ArrayList<>())
                    .add(new Run(Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                            Double.parseDouble(f[7])));
        }
        System.out.println("| posts | tool | case | wall (s) | posts/s | CPU (s) | peak RSS (MiB) | Quire/Hugo | load |");
        System.out.println("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Map<Integer, Double> coldWall = new TreeMap<>();
        byPosts.forEach((posts, rows) -> rows.forEach((key, runs) -> {
            String tool = key.substring(0, key.indexOf('\t'));
            String kase = key.substring(key.indexOf('\t') + 1);
            double wall = median(runs.stream().map(Run::wall).toList());
            String ratio = "";
            List<Run> hugo = rows.get("hugo\t" + HUGO_CASE.getOrDefault(kase, ""));
            if (tool.equals("quire") && hugo != null) {
                ratio = format("%.2f", wall / median(hugo.stream().map(Run::wall).toList()));
            }
            if (tool.equals("quire") && kase.equals("cold, images kept")) {
                coldWall.put(posts, wall);
            }
            System.out.println(format("| %,d | %s | %s | %.2f | %,.0f | %.2f | %,.0f | %s | %.1f |", posts, tool, kase,
                    wall, posts / wall, median(runs.stream().map(Run::cpu).toList()),
                    median(runs.stream().map(Run::rssKiB).toList()) / 1024, ratio,
                    median(runs.stream().map(Run::load).toList())));
        }));
        Integer previous = null;
        for (int posts : coldWall.keySet()) {
            if (previous != null) {
                System.out.println();
                System.out.println(format("Growth from %,d to %,d posts (cold, images kept): %.1f× the time for %.0f× the posts",
                        previous, posts, coldWall.get(posts) / coldWall.get(previous), (double) posts / previous));
            }
            previous = posts;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
