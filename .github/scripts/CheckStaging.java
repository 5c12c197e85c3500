import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a folder that the release profile deployed into, as Maven Central would check the upload:
 * every module of the reactor has its pom, and a jar-like module also its jar, sources jar and
 * javadoc jar (and, with --signed, a signature of each); every deployed pom has, itself or through
 * its parents, a name, description, url, license, scm and developer.
 *
 * <pre>
 * ./mvnw -B -Prelease -DskipTests -Dgpg.skip deploy -DaltDeploymentRepository=staging::file:target/staging
 * java .github/scripts/CheckStaging.java target/staging [--signed] [--project DIR]
 * </pre>
 *
 * A module whose pom sets the property {@code maven.deploy.skip} to true is not published, and not
 * looked for. The exit code is 0 when everything is there, 1 with a line per problem otherwise.
 */
public final class CheckStaging {

    private final Path staging;
    private final boolean signed;
    private final List<String> problems = new ArrayList<>();

    private CheckStaging(Path staging, boolean signed) {
        this.staging = staging;
        this.signed = signed;
    }

    public static void main(String[] args) throws Exception {
        Path staging = null;
        Path project = Path.of(".");
        boolean signed = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--signed" -> signed = true;
                case "--project" -> project = Path.of(args[++i]);
                default -> staging = Path.of(args[i]);
            }
        }
        if (staging == null) {
            System.err.println("usage: java CheckStaging.java STAGING_DIR [--signed] [--project DIR]");
            System.exit(2);
        }
        if (!Files.isDirectory(staging)) {
            System.err.println("staging check: " + staging + " is not a folder; deploy into it first");
            System.exit(1);
        }
        CheckStaging check = new CheckStaging(staging, signed);
        List<Module> modules = new ArrayList<>();
        Module.collect(project.resolve("pom.xml"), null, modules);
        int published = 0;
        for (Module module : modules) {
            if (!module.skipped()) {
                check.module(module);
                published++;
            }
        }
        if (!check.problems.isEmpty()) {
            check.problems.forEach(problem -> System.err.println("staging check: " + problem));
            System.err.println("staging check: " + check.problems.size() + " problems in " + staging);
            System.exit(1);
        }
        System.out.println("staging check: " + published + " modules complete in " + staging);
    }

    /** What Central asks of one module: its files, and the metadata of its pom. */
    private void module(Module module) throws Exception {
        Path folder = staging.resolve(module.groupId().replace('.', '/')).resolve(module.artifactId()).resolve(module.version());
        String name = module.groupId() + ":" + module.artifactId() + ":" + module.version();
        if (!Files.isDirectory(folder)) {
            problems.add(name + " was not deployed: " + folder + " is missing");
            return;
        }
        List<String> suffixes = new ArrayList<>(List.of(".pom"));
        if (!module.packaging().equals("pom")) {
            suffixes.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar"));
        }
        for (String suffix : suffixes) {
            Optional<Path> file = newest(folder, module, suffix);
            if (file.isEmpty()) {
                problems.add(name + " has no " + module.artifactId() + "-VERSION" + suffix + " in " + folder);
                continue;
            }
            if (suffix.endsWith(".jar") && entries(file.get()) == 0) {
                problems.add(name + ": " + file.get().getFileName() + " is empty");
            }
            if (signed && !Files.isRegularFile(Path.of(file.get() + ".asc"))) {
                problems.add(name + ": " + file.get().getFileName() + " is not signed (no .asc beside it)");
            }
        }
        Optional<Path> pom = newest(folder, module, ".pom");
        if (pom.isPresent()) {
            metadata(name, pom.get());
        }
    }

    /** The metadata Central requires, as Maven reads it: a value missing from a pom comes from its parent. */
    private void metadata(String name, Path pom) throws Exception {
        Element own = read(pom);
        if (text(own, "name").isEmpty()) {
            problems.add(name + ": the pom has no <name> (a module's name is not inherited)");
        }
        List<Element> chain = new ArrayList<>();
        for (Element current = own; current != null; current = parent(name, current)) {
            chain.add(current);
        }
        require(name, chain, "description", e -> text(e, "description").isPresent());
        require(name, chain, "url", e -> text(e, "url").isPresent());
        require(name, chain, "license with a name and url", e -> child(e, "licenses").flatMap(l -> child(l, "license"))
                .filter(l -> text(l, "name").isPresent() && text(l, "url").isPresent()).isPresent());
        require(name, chain, "scm with a url and connection", e -> child(e, "scm")
                .filter(s -> text(s, "url").isPresent() && text(s, "connection").isPresent()).isPresent());
        require(name, chain, "developer with a name", e -> child(e, "developers").flatMap(d -> child(d, "developer"))
                .filter(d -> text(d, "name").isPresent()).isPresent());
    }

    private void require(String name, List<Element> chain, String what, java.util.function.Predicate<Element> has) {
        if (chain.stream().noneMatch(has)) {
            problems.add(name + ": neither the pom nor its parents have a " + what);
        }
    }

    /** The parent's deployed pom; Central needs it too, so it must be in the staging folder. */
    private Element parent(String name, Element pom) throws Exception {
        Optional<Element> parent = child(pom, "parent");
        if (parent.isEmpty()) {
            return null;
        }
        Module coordinates = new Module(text(parent.get(), "groupId").orElse(""), text(parent.get(), "artifactId").orElse(""),
                text(parent.get(), "version").orElse(""), "pom", false);
        Path folder = staging.resolve(coordinates.groupId().replace('.', '/')).resolve(coordinates.artifactId())
                .resolve(coordinates.version());
        Optional<Path> file = Files.isDirectory(folder) ? newest(folder, coordinates, ".pom") : Optional.empty();
        if (file.isEmpty()) {
            problems.add(name + ": its parent " + coordinates.artifactId() + " " + coordinates.version() + " was not deployed");
            return null;
        }
        return read(file.get());
    }

    /**
     * The newest file of a module with the given ending: a release is named artifactId-1.0.jar, a
     * snapshot artifactId-1.0-20250101.120000-3.jar, and each deploy of a snapshot adds one.
     */
    private static Optional<Path> newest(Path folder, Module module, String suffix) throws IOException {
        String base = module.version().replaceFirst("-SNAPSHOT$", "");
        Pattern name = Pattern.compile(Pattern.quote(module.artifactId() + "-") + "(" + Pattern.quote(module.version()) + "|"
                + Pattern.quote(base) + "-\\d{8}\\.\\d{6}-\\d+)" + Pattern.quote(suffix));
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> name.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparing(f -> buildNumber(f.getFileName().toString())));
        }
    }

    private static long buildNumber(String fileName) {
        var snapshot = Pattern.compile("-(\\d{8})\\.(\\d{6})-(\\d+)[-.]").matcher(fileName);
        return snapshot.find() ? Long.parseLong(snapshot.group(3)) : 0;
    }

    private static int entries(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.size();
        } catch (IOException e) {
            return 0;
        }
    }

    static Element read(Path pom) throws Exception {
        try (InputStream in = Files.newInputStream(pom)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    /** A module of the reactor, with what it inherits from its parent pom filled in. */
    record Module(String groupId, String artifactId, String version, String packaging, boolean skipped) {

        static void collect(Path pomFile, Module parent, List<Module> into) throws Exception {
            Element pom = read(pomFile);
            Optional<Element> parentElement = child(pom, "parent");
            String groupId = text(pom, "groupId").or(() -> parentElement.flatMap(p -> text(p, "groupId"))).orElseThrow();
            String version = text(pom, "version").or(() -> parentElement.flatMap(p -> text(p, "version"))).orElseThrow();
            boolean skipped = child(pom, "properties").flatMap(p -> text(p, "maven.deploy.skip")).map(Boolean::parseBoolean)
                    .orElse(parent != null && parent.skipped());
            Module module = new Module(groupId, text(pom, "artifactId").orElseThrow(), version,
                    text(pom, "packaging").orElse("jar"), skipped);
            into.add(module);
            Optional<Element> modules = child(pom, "modules");
            if (modules.isPresent()) {
                for (Node node = modules.get().getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element element && element.getTagName().equals("module")) {
                        collect(pomFile.resolveSibling(element.getTextContent().strip()).resolve("pom.xml"), module, into);
                    }
                }
            }
        }
    }
}
