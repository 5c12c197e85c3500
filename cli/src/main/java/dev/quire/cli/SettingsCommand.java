package dev.quire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quire settings}: the configuration reference, for the plugins this Quire runs with. */
@Command(name = "settings", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Prints every setting quire.yml can hold, with its type, default and meaning, as Markdown: "
                + "the core's and those of each plugin found (bundled or added to the class path)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the reference was printed", "2:wrong usage"})
final class SettingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ConfigurationReference.markdown(SettingsCommand.class.getClassLoader()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
