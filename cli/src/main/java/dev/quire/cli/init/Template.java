package dev.quire.cli.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of a new site, read from this package's resources, with {@code {{name}}} places filled
 * in. A name is lower case with dashes and no spaces, so GitHub's {@code ${{ expression }}} is
 * left alone.
 */
final class Template {

    private static final Pattern PLACE = Pattern.compile("\\{\\{([a-z][a-z-]*)}}");

    private Template() {
    }

    /** The bytes of resource {@code name}, as they are. */
    static byte[] bytes(String name) {
        try (InputStream in = Template.class.getResourceAsStream("/dev/quire/cli/init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the template " + name + " is missing from Quire's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of resource {@code name} with every place filled from {@code values}.
     *
     * @throws IllegalStateException when a place has no value: a mistake in Quire, not in the input
     */
    static String fill(String name, Map<String, String> values) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        Matcher place = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (place.find()) {
            String value = values.get(place.group(1));
            if (value == null) {
                throw new IllegalStateException("the template " + name + " has no value for " + place.group());
            }
            place.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return place.appendTail(out).toString();
    }
}
