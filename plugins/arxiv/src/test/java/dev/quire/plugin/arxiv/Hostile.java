package dev.quire.plugin.arxiv;

import java.time.OffsetDateTime;
import java.util.List;

/** A paper whose metadata tries every way to break out of HTML, attributes, JSON and BibTeX. */
public final class Hostile {

    public static final String TITLE = "<script>alert(\"t\")</script> & 'quotes' \"double\" {braces}} \\input{/etc/passwd} $x^2$";
    public static final String AUTHOR = "Eve \"</script><img src=x onerror=alert(1)>\" O'Hacker";
    public static final String SUMMARY = "Abstract </script><script>alert('s')</script> & }, note = {injected";

    private Hostile() {
    }

    public static Paper paper() {
        return new Paper("2511.00666", 1, TITLE, List.of(AUTHOR, "Bob & Co", "Carol {C}", "Dave"), SUMMARY,
                OffsetDateTime.parse("2025-11-01T00:00:00Z"), OffsetDateTime.parse("2025-11-02T00:00:00Z"),
                "cs.CR", List.of("cs.CR"), "5 pages & <b>bold</b>", "J. Evil {1}", "10.1234/evil\"><x>",
                "https://arxiv.org/abs/2511.00666", "https://arxiv.org/pdf/2511.00666",
                "https://huggingface.co/papers/2511.00666", null, null, 3, "/papers/2511.00666.bib", "/papers/2511.00666/");
    }
}
