package dev.quire.plugin.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * KaTeX's browser build, {@code katex.min.js}, from the KaTeX WebJar: the very file the default
 * theme publishes for pages whose math is typeset in the browser, so both ways typeset alike.
 * Reading it loads no JavaScript engine.
 */
final class KatexScript {

    /** The version of the KaTeX WebJar on the class path, e.g. {@code 0.18.11}. */
    static final String VERSION = version();

    private KatexScript() {
    }

    static String source() {
        return resource("META-INF/resources/webjars/katex/" + VERSION + "/dist/katex.min.js");
    }

    /** The helpers the code {@link RhinoSyntax} rewrites calls, to run before KaTeX. */
    static String prelude() {
        return resource("dev/quire/plugin/math/rhino-prelude.js");
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = open("META-INF/maven/org.webjars.npm/katex/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = KatexScript.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path: the KaTeX WebJar is missing");
        }
        return in;
    }
}
