package dev.quire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code quire --version}: Quire's version and the Java runtime it runs on. */
final class Version implements CommandLine.IVersionProvider {

    static String quire() {
        return property("version");
    }

    /** The git commit this Quire was built from, or {@code unknown} when its build did not say. */
    static String commit() {
        return property("commit");
    }

    private static String property(String key) {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty(key, "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "quire " + quire(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.home") + ")"
        };
    }
}
