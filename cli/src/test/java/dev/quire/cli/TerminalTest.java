package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi.Style;

class TerminalTest {

    @Test
    void anInteractiveTerminalGetsProgressBarsAndColour() {
        Terminal terminal = Terminal.of(Map.of("TERM", "xterm-256color"), true);
        assertThat(terminal).isEqualTo(new Terminal(true, true, 80));
        assertThat(terminal.paint("error", Style.fg_red)).startsWith("\u001b[").contains("error").endsWith("m");
    }

    @Test
    void noColorTurnsColourOffButKeepsTheBar() {
        assertThat(Terminal.of(Map.of("NO_COLOR", "1"), true)).isEqualTo(new Terminal(true, false, 80));
        assertThat(Terminal.of(Map.of("NO_COLOR", ""), true).colour()).as("an empty NO_COLOR does not count").isTrue();
    }

    @Test
    void ciGetsPlainLinesOfProgress() {
        assertThat(Terminal.of(Map.of("CI", "true"), true).interactive()).isFalse();
        assertThat(Terminal.of(Map.of("CI", "false"), true).interactive()).isTrue();
    }

    @Test
    void aPipeOrADumbTerminalGetsNeitherBarNorColour() {
        assertThat(Terminal.of(Map.of(), false)).isEqualTo(Terminal.plain());
        assertThat(Terminal.of(Map.of("TERM", "dumb"), true)).isEqualTo(Terminal.plain());
        assertThat(Terminal.plain().paint("error", Style.fg_red, Style.bold)).isEqualTo("error");
    }

    @Test
    void columnsSetsTheWidthWhenItIsANumber() {
        assertThat(Terminal.of(Map.of("COLUMNS", "132"), true).width()).isEqualTo(132);
        assertThat(Terminal.of(Map.of("COLUMNS", "wide"), true).width()).isEqualTo(80);
        assertThat(Terminal.of(Map.of("COLUMNS", "3"), true).width()).isEqualTo(80);
    }
}
