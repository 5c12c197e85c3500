package dev.quire.plugin.arxiv;

import dev.quire.model.Site;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * How the plugin names itself to arXiv and Hugging Face, as arXiv asks of API clients: the tool,
 * its version, and the site it fetches for, so whoever runs the API can tell who is asking.
 */
final class UserAgent {

    private UserAgent() {
    }

    static String of(Site site) {
        String who = site.settings().url() != null ? "+" + site.settings().url() : "a static blog";
        return "Quire/" + version() + " (arXiv paper metadata for " + who + ")";
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        return properties.getProperty("version", "dev");
    }
}
