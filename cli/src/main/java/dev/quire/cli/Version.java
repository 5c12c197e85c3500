package dev.quire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code quire --version}: Quire's version, the git commit it was built from and the Java runtime it
 * runs on. The build writes the first two into {@code version.properties}.
 */
final class Version implements CommandLine.IVersionProvider {

    private static final String UNKNOWN = "unknown";

    static String quire() {
        return built().getProperty("version", UNKNOWN);
    }

    /** The full id of the commit Quire was built from, or {@code unknown} for a build without git. */
    static String commit() {
        return built().getProperty("commit", UNKNOWN);
    }

    private static Properties built() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // An unreadable file tells as much as a missing one: every value is unknown.
        }
        return properties;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "quire " + quire() + " (commit " + commit() + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.home") + ")"
        };
    }
}
