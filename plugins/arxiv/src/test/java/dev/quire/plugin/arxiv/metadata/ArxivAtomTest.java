package dev.quire.plugin.arxiv.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.plugin.arxiv.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArxivAtomTest {

    private static List<PaperMetadata> papers(byte[] response) throws ArxivAtom.Malformed {
        return ArxivAtom.read(response).stream()
                .map(e -> ((ArxivAtom.Paper) e).metadata()).toList();
    }

    @Test
    void readsTheCurrentFormat() throws Exception {
        List<PaperMetadata> papers = papers(Fixtures.arxiv("batch-seed-papers.xml"));
        assertThat(papers).extracting(PaperMetadata::id).containsExactly("2511.19757", "2511.20937", "2511.21541");
        PaperMetadata first = papers.get(0);
        assertThat(first.title()).isEqualTo("What does it mean to understand language?");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.authors()).containsExactly("Colton Casto", "Anna Ivanova", "Evelina Fedorenko", "Nancy Kanwisher");
        assertThat(first.summary()).startsWith("Language understanding entails not just extracting")
                .contains("the brain's core language system").doesNotContain("\n");
        assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2025-11-24T22:21:55Z"));
        assertThat(first.updated()).isEqualTo(OffsetDateTime.parse("2025-11-24T22:21:55Z"));
        assertThat(first.primaryCategory()).isEqualTo("cs.CL");
        assertThat(first.categories()).containsExactly("cs.CL", "q-bio.NC");
        assertThat(papers.get(1).authors()).hasSize(11).endsWith("Manling Li");
        assertThat(papers.get(2).primaryCategory()).isEqualTo("cs.CV");
    }

    @Test
    void readsTheLegacyFormatToTheSameMetadata() throws Exception {
        assertThat(papers(Fixtures.arxiv("legacy-format-batch.xml")))
                .isEqualTo(papers(Fixtures.arxiv("batch-seed-papers.xml")));
    }

    @Test
    void leavesOutWhatTheApiLeftOut() throws Exception {
        assertThat(papers(Fixtures.arxiv("missing-id.xml"))).extracting(PaperMetadata::id).containsExactly("2511.19757");
    }

    @Test
    void readsTheApiErrorEntryAsARefusalInArxivsWords() throws Exception {
        assertThat(ArxivAtom.read(Fixtures.arxiv("error-bad-id.xml")))
                .containsExactly(new ArxivAtom.Refused(null, "incorrect id format for 1234.123456"));
    }

    @Test
    void readsTheOptionalFieldsAndDropsAnEmptyLegacyEntry() throws Exception {
        List<ArxivAtom.Entry> entries = ArxivAtom.read(feed("""
                <entry xmlns:arxiv="http://arxiv.org/schemas/atom">
                  <id>http://arxiv.org/abs/hep-th/9901001v2</id>
                  <published>1999-01-01T00:00:00-05:00</published>
                  <title>  An   old
                     paper </title>
                  <arxiv:comment>12 pages, 3 figures</arxiv:comment>
                  <arxiv:journal_ref>Phys. Rev. D 60 (1999) 1</arxiv:journal_ref>
                  <arxiv:doi>10.1103/PhysRevD.60.000001</arxiv:doi>
                  <category term="hep-th"/>
                </entry>
                <entry><id>http://arxiv.org/abs/2511.99999</id><title/><summary/></entry>
                """));
        assertThat(entries).singleElement().satisfies(e -> {
            PaperMetadata paper = ((ArxivAtom.Paper) e).metadata();
            assertThat(paper.id()).isEqualTo("hep-th/9901001");
            assertThat(paper.version()).isEqualTo(2);
            assertThat(paper.title()).isEqualTo("An old paper");
            assertThat(paper.comment()).isEqualTo("12 pages, 3 figures");
            assertThat(paper.journalRef()).isEqualTo("Phys. Rev. D 60 (1999) 1");
            assertThat(paper.doi()).isEqualTo("10.1103/PhysRevD.60.000001");
            assertThat(paper.primaryCategory()).isEqualTo("hep-th");
            assertThat(paper.published()).isEqualTo(OffsetDateTime.parse("1999-01-01T05:00:00Z"));
            assertThat(paper.updated()).isEqualTo(paper.published());
        });
    }

    @Test
    void keepsHostileTextAsTextForTheTemplatesToEscape() throws Exception {
        List<PaperMetadata> papers = papers(feed("""
                <entry><id>http://arxiv.org/abs/2511.00001v1</id><published>2025-11-01T00:00:00Z</published>
                <title>&lt;script&gt;alert("x")&lt;/script&gt; &amp; {braces} <![CDATA[<b>cdata</b>]]></title>
                <summary>Has <xhtml:b xmlns:xhtml="http://www.w3.org/1999/xhtml">markup</xhtml:b> inside.</summary>
                </entry>
                """));
        assertThat(papers.get(0).title()).isEqualTo("<script>alert(\"x\")</script> & {braces} <b>cdata</b>");
        assertThat(papers.get(0).summary()).isEqualTo("Has markup inside.");
    }

    @Test
    void refusesAnEntryWithAnUnreadableDateAndKeepsTheOthers() throws Exception {
        List<ArxivAtom.Entry> entries = ArxivAtom.read(feed("""
                <entry><id>http://arxiv.org/abs/2511.00001v1</id><published>yesterday</published><title>A</title></entry>
                <entry><id>http://arxiv.org/abs/2511.00002v1</id><published>2025-11-02T00:00:00Z</published><title>B</title></entry>
                """));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).isEqualTo(new ArxivAtom.Refused("2511.00001", "the entry has an unreadable date 'yesterday'"));
        assertThat(entries.get(1)).isInstanceOf(ArxivAtom.Paper.class);
    }

    @Test
    void refusesTruncatedAndMalformedAnswers() {
        byte[] whole = Fixtures.arxiv("batch-seed-papers.xml");
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> ArxivAtom.read(truncated)).isInstanceOf(ArxivAtom.Malformed.class)
                .hasMessageStartingWith("not well-formed XML (line ");
        assertThatThrownBy(() -> ArxivAtom.read(utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry></feed>")))
                .isInstanceOf(ArxivAtom.Malformed.class).hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> ArxivAtom.read(new byte[0])).isInstanceOf(ArxivAtom.Malformed.class);
        assertThatThrownBy(() -> ArxivAtom.read(utf8("just text"))).isInstanceOf(ArxivAtom.Malformed.class);
    }

    @Test
    void refusesAnHtmlPageAndOtherXml() {
        assertThatThrownBy(() -> ArxivAtom.read(utf8("<html><body><h1>503 Service Unavailable</h1></body></html>")))
                .isInstanceOf(ArxivAtom.Malformed.class).hasMessage("not an Atom feed (it starts with <html>)");
        assertThatThrownBy(() -> ArxivAtom.read(utf8("<feed><entry/></feed>")))
                .isInstanceOf(ArxivAtom.Malformed.class).hasMessage("not an Atom feed (it starts with <feed>)");
    }

    @Test
    void refusesADoctypeAndNeverReadsAnExternalEntity(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2511.00001v1</id>"
                + "<published>2025-11-01T00:00:00Z</published><title>&xxe;</title></entry></feed>";
        assertThatThrownBy(() -> ArxivAtom.read(utf8(xxe))).isInstanceOf(ArxivAtom.Malformed.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&b;</title></feed>";
        assertThatThrownBy(() -> ArxivAtom.read(utf8(bomb))).isInstanceOf(ArxivAtom.Malformed.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAnUndeclaredEntity() {
        assertThatThrownBy(() -> ArxivAtom.read(feed("<entry><title>&nope;</title></entry>")))
                .isInstanceOf(ArxivAtom.Malformed.class).hasMessageContaining("nope");
    }

    private static byte[] feed(String entries) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + entries + "</feed>\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
