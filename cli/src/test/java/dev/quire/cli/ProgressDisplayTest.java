package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The display is driven with explicit clock readings: what it draws depends on them alone. */
class ProgressDisplayTest {

    private static final long SECOND = 1_000_000_000L;
    private static final String CLEAR = "\r\u001b[2K";

    private final StringWriter err = new StringWriter();

    private ProgressDisplay display(Terminal terminal) {
        return new ProgressDisplay(terminal, new PrintWriter(err), 0);
    }

    @Test
    void nothingIsShownDuringTheFirstSecond() {
        ProgressDisplay display = display(new Terminal(true, false, 80));
        display.stage("load posts", 3);
        display.tick(SECOND / 2);
        display.tick(SECOND - 1);
        display.close();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aTerminalSeesOneRedrawnLineWithABarTheStageAndItsCount() {
        ProgressDisplay display = display(new Terminal(true, false, 80));
        display.stage("render pages", 10);
        for (int i = 0; i < 4; i++) {
            display.step();
        }
        display.tick(SECOND + SECOND / 5);
        assertThat(err.toString()).isEqualTo(CLEAR + "#".repeat(12) + "-".repeat(18) + " render pages 4/10  1.2 s");
        display.step();
        display.tick(2 * SECOND);
        assertThat(err.toString()).endsWith(CLEAR + "#".repeat(15) + "-".repeat(15) + " render pages 5/10  2.0 s");
        display.close();
        assertThat(err.toString()).as("the bar is taken off the screen").endsWith(CLEAR);
        assertThat(err.toString()).doesNotContain("\n");
    }

    @Test
    void aStageThatCannotCountGetsASpinner() {
        ProgressDisplay display = display(new Terminal(true, false, 80));
        display.stage("plugins: site loaded", 0);
        display.tick(SECOND);
        display.tick(SECOND + SECOND / 10);
        assertThat(err.toString()).isEqualTo(CLEAR + "| plugins: site loaded  1.0 s" + CLEAR + "/ plugins: site loaded  1.1 s");
    }

    @Test
    void aNarrowTerminalDropsTheBarAndShortensTheStage() {
        ProgressDisplay display = display(new Terminal(true, false, 24));
        display.stage("transform and render", 1000);
        display.tick(3 * SECOND);
        String line = err.toString().substring(CLEAR.length());
        assertThat(line).isEqualTo("| trans… 0/1000  3.0 s");
        assertThat(line.length()).isLessThan(24);
    }

    @Test
    void colourPaintsTheBarAndTheStage() {
        ProgressDisplay display = display(new Terminal(true, true, 80));
        display.stage("render pages", 2);
        display.step();
        display.tick(SECOND);
        assertThat(err.toString()).contains("\u001b[1mrender pages\u001b[0m").contains("\u001b[36m#");
    }

    @Test
    void elsewhereEachStageSeenGetsAPlainLineRepeatedEveryTenSeconds() {
        ProgressDisplay display = display(Terminal.plain());
        display.stage("load posts", 3);
        display.tick(SECOND / 2);
        display.step();
        display.tick(SECOND);
        display.tick(SECOND + SECOND / 4);
        display.stage("quick stage nobody sees", 0);
        display.stage("render pages", 20);
        display.step();
        display.tick(2 * SECOND);
        display.tick(5 * SECOND);
        display.tick(12 * SECOND);
        display.close();
        assertThat(err.toString()).isEqualTo("""
                [1.00 s] load posts: 1/3
                [2.00 s] render pages: 1/20
                [12.00 s] render pages: 1/20
                """);
    }
}
