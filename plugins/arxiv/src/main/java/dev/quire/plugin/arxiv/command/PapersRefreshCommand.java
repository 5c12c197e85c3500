package dev.quire.plugin.arxiv.command;

import dev.quire.command.SiteOptions;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code quire papers refresh}: fetches the papers of papers.json again, to pick up new versions. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Fetches again the metadata in papers.json (new versions, journal references, upvotes), "
                + "and whatever the posts need that it lacks. A paper that cannot be fetched keeps what it had.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every paper was fetched", "1:some papers could not be fetched, or the site has errors",
            "2:wrong usage"})
final class PapersRefreshCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--older-than", paramLabel = "AGE", converter = Age.class,
            description = "Only papers fetched longer ago than AGE: 30d, 12h, 2w, 90m, or ISO-8601 like P30D. "
                    + "Entries written by hand count as old. Default: every paper.")
    Duration olderThan;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return PaperWork.update(site, spec.commandLine().getOut(), spec.commandLine().getErr(),
                papers -> papers.library().refresh(papers.citations().ids(), olderThan));
    }

    /** Reads an age: a number with a unit (m, h, d, w), or an ISO-8601 duration. */
    static final class Age implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([mhdw])");

        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = SHORT.matcher(text);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                };
            }
            try {
                Duration duration = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                if (!duration.isNegative()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // Said below, in the user's terms.
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not an age like 30d, 12h, 2w or P30D");
        }
    }
}
