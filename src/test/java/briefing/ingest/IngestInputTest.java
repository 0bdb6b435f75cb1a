package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Article;
import briefing.model.BlockKind;
import briefing.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as users bring them: several encodings, front matter, Markdown, duplicates, bad bytes. */
class IngestInputTest {
  private static final String ARTICLE = """
      Storm closes harbour as ships wait offshore

      By Jane Roe

      PORTSMOUTH (Reuters) - The harbour was closed on Tuesday as a storm with winds of 120 km/h swept the coast, the port authority said.

      “We have never seen waves like these,” harbour master Tom Lee said. Ships were told to stay offshore until Thursday.

      The closure is the first since 2019, when a fire shut the docks for a week.
      """;

  @TempDir Path project;

  private Ingest.Result read() {
    return Ingest.standard().read(project.resolve("content"), "content");
  }

  private void write(String name, byte[] bytes) throws IOException {
    Path file = project.resolve("content/articles").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static byte[] withBom(byte[] bom, String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @Test
  void utf8WithAndWithoutBomUtf16AndWindows1252AllReadTheSame() throws IOException {
    write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    write("b.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARTICLE.replace("Storm", "Gale"), StandardCharsets.UTF_8));
    write("c.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.replace("Storm", "Wind"), StandardCharsets.UTF_16LE));
    write("d.txt", ARTICLE.replace("Storm", "Rain").getBytes(Charset.forName("windows-1252")));
    Ingest.Result result = Ingest.standard().read(project.resolve("content"), "content");
    // They share most of their text, so they are one article kept once, with three warnings.
    assertEquals(1, result.articles().size());
    assertEquals(3, result.diagnostics().stream().filter(d -> d.message().startsWith("same article as")).count());
    Article a = result.articles().get(0);
    assertTrue(a.text().stream().anyMatch(b -> b.text().startsWith("“We have never seen")), a::toString);
  }

  @Test
  void windows1252QuotesDecodeAsQuotes() throws IOException {
    write("d.txt", ARTICLE.getBytes(Charset.forName("windows-1252")));
    Article article = read().articles().get(0);
    assertTrue(article.text().stream().anyMatch(b -> b.text().contains("“We have never seen waves like these,”")));
  }

  @Test
  void binaryAndEmptyFilesAreReportedAndSkipped() throws IOException {
    write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    write("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0});
    write("empty.txt", new byte[0]);
    Ingest.Result result = read();
    assertEquals(1, result.articles().size());
    assertTrue(has(result, "content/articles/picture.txt", "binary"));
    assertTrue(has(result, "content/articles/empty.txt", "empty"));
    assertTrue(!result.hasErrors());
  }

  @Test
  void anUntitledWireReportIsTitledByItsWordsNotItsDateline() throws IOException {
    write("a.txt", ("---\noutlet: Coast Wire\npublished: 2023-02-07\n---\n\n"
        + "PORTSMOUTH, April 7 (Coast Wire) - The harbour was closed on Tuesday as a storm with winds of "
        + "120 km/h swept the coast, the port authority said.\n\n"
        + "Ships were told to stay offshore until Thursday, and the ferries were cancelled.\n")
        .getBytes(StandardCharsets.UTF_8));
    Ingest.Result result = read();
    Article article = result.articles().get(0);
    assertEquals("The harbour was closed on Tuesday as a storm with winds…",
        article.metadata().title().value());
    assertTrue(has(result, "content/articles/a.txt", "no headline found"));
    // the dateline is still read, and the text keeps it where the report gives it
    assertTrue(article.blocks().get(0).text().startsWith("PORTSMOUTH"), article::toString);
    // words in parentheses that name no agency are the sentence's own
    write("a.txt", ("---\noutlet: Coast Wire\npublished: 2023-02-07\n---\n\n"
        + "KFC (Kent Ferry Company) said on Monday it would cut 300 jobs.\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals("KFC (Kent Ferry Company) said on Monday it would cut 300 jobs.",
        read().articles().get(0).metadata().title().value());    // a dateline whose parentheses name another publication is one all the same when its dash follows
    write("a.txt", ("---\noutlet: Coast Wire\npublished: 2023-02-07\n---\n\n"
        + "KENT (Harbour Weekly) - The ferry company said on Monday it would cut 300 jobs.\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals("The ferry company said on Monday it would cut 300 jobs.",
        read().articles().get(0).metadata().title().value());
    // but not a dash that sets off words in lower case
    write("a.txt", ("---\noutlet: Coast Wire\npublished: 2023-02-07\n---\n\n"
        + "KFC (Kent Ferry Company) - a ferry firm - cut jobs.\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals("KFC (Kent Ferry Company) - a ferry firm - cut jobs.",
        read().articles().get(0).metadata().title().value());
  }

  @Test
  void frontMatterWinsOverWhatIsDetected() throws IOException {
    write("a.txt", ("---\ntitle: Harbour shut\noutlet: The Coast Times\npublished: 2023-02-07 09:30\n---\n" + ARTICLE)
        .getBytes(StandardCharsets.UTF_8));
    Article article = read().articles().get(0);
    assertEquals("Harbour shut", article.metadata().title().value());
    assertEquals("The Coast Times", article.metadata().outlet().value());
    assertEquals("2023-02-07T09:30", article.metadata().published().value().iso());
    assertEquals(List.of("Jane Roe"), article.metadata().authors().value());
    // The text's own headline is still recognised and not kept as a paragraph.
    assertTrue(article.blocks().stream().noneMatch(b -> b.text().startsWith("Storm closes")));
  }

  @Test
  void aFirstParagraphOfTwoSentencesIsNoHeadlineHoweverItEnds() throws IOException {
    write("a.md", ("---\ntitle: Harbour shut\n---\n\nDock workers hoping to sail were put on notice by"
        + " the council on Monday: No toll? No ships!\n\nThe council voted to close the harbour.\n")
        .getBytes(StandardCharsets.UTF_8));
    Article article = read().articles().get(0);
    assertTrue(article.blocks().stream().anyMatch(b -> b.text().startsWith("Dock workers")),
        article.blocks().toString());
  }

  @Test
  void aWrongDateInFrontMatterIsAnErrorWithItsLine() throws IOException {
    write("a.txt", ("---\ntitle: Harbour shut\npublished: 7 Feb 2023\nmood: stormy\n---\n" + ARTICLE)
        .getBytes(StandardCharsets.UTF_8));
    Ingest.Result result = read();
    Diagnostic date = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertEquals("content/articles/a.txt", date.file());
    assertEquals(3, date.line());
    assertTrue(date.hint().contains("YYYY-MM-DD"));
    assertTrue(result.diagnostics().stream().anyMatch(d -> !d.isError() && d.line() == 4 && d.message().contains("mood")));
  }

  @Test
  void malformedYamlAndAliasBombsAreErrorsNotCrashes() throws IOException {
    write("a.txt", ("---\ntitle: \"unterminated\npublished: 2023-02-07\n---\n" + ARTICLE).getBytes(StandardCharsets.UTF_8));
    StringBuilder bomb = new StringBuilder("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
    }
    write("b.txt", (bomb + "---\n" + ARTICLE.replace("Storm", "Flood")).getBytes(StandardCharsets.UTF_8));
    Ingest.Result result = read();
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.file().endsWith("a.txt") && d.line() > 1));
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.file().endsWith("b.txt")), result.diagnostics()::toString);
  }

  @Test
  void aTagTheYamlReaderCannotNameIsAnErrorWithItsLineNotACrash() throws IOException {
    // "!%20" decodes to a tag of one space, which the YAML library refuses outside its own errors
    write("a.txt", ("---\ntitle: Harbour shut\nnote: !%20\n---\n" + ARTICLE)
        .getBytes(StandardCharsets.UTF_8));
    Ingest.Result result = read();
    Diagnostic tag = result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
        .orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
    assertEquals("content/articles/a.txt", tag.file());
    assertEquals(3, tag.line());
    assertTrue(tag.message().startsWith("front matter is not valid YAML"), tag::message);
  }

  @Test
  void markdownArticlesReadWithTheirFrontMatter() throws IOException {
    write("m.md", """
        ---
        title: "Harbour shut by storm"
        outlet: "The Coast Times"
        published: 2023-02-07
        ---

        Harbour shut by storm

        The harbour was **closed** on Tuesday as a storm swept the coast, the port authority said.

        ## What comes next

        > “We have never seen waves like these,” harbour master Tom Lee said.

        - Ships wait offshore.
        """.getBytes(StandardCharsets.UTF_8));
    Article article = read().articles().get(0);
    assertEquals("markdown", article.format());
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.QUOTE, BlockKind.LIST_ITEM),
        article.blocks().stream().map(b -> b.kind()).toList());
    assertEquals("The harbour was closed on Tuesday as a storm swept the coast, the port authority said.",
        article.blocks().get(0).text());
    assertEquals(9, article.blocks().get(0).line());
  }

  @Test
  void hardWrappedParagraphsAreJoinedAndShortLinesKeptApart() throws IOException {
    write("w.txt", """
        Harbour shut by storm as ships wait

        The harbour was closed on Tuesday as a storm with winds of 120 km/h
        swept the coast, the port authority said, and ships were told to stay
        offshore until Thursday at the earliest.
        Latest News
        """.getBytes(StandardCharsets.UTF_8));
    Article article = read().articles().get(0);
    assertEquals(1, article.text().size());
    assertTrue(article.text().get(0).text().endsWith("at the earliest."));
  }

  @Test
  void htmlFragmentsInTextBecomeParagraphsAndHeadingsWithoutTheirTags() throws IOException {
    write("f.txt", ("Harbour shut by storm as ships wait\n\n<div> <p><span class=\"caps\">PORTSMOUTH</span> - The harbour "
        + "was closed on Tuesday.</p> <h3>What next</h3> <p>Ships wait <b>offshore</b>.</p><script>alert(1)</script></div>\n")
        .getBytes(StandardCharsets.UTF_8));
    Article article = read().articles().get(0);
    assertEquals(List.of("PORTSMOUTH - The harbour was closed on Tuesday.", "What next", "Ships wait offshore."),
        article.blocks().stream().map(b -> b.text()).toList());
    assertEquals(BlockKind.HEADING, article.blocks().get(1).kind());
  }

  @Test
  void textThatMerelyMentionsMarkupIsKeptAsWritten() throws IOException {
    write("t.txt", "Template engines explained for editors\n\nWrite <b> for bold, ${name} for a value and <#if> for a choice.\n"
        .getBytes(StandardCharsets.UTF_8));
    Article article = read().articles().get(0);
    assertEquals("Write <b> for bold, ${name} for a value and <#if> for a choice.", article.blocks().get(0).text());
  }

  @Test
  void anArticleWithNoParagraphBreaksIsSplitAtSentences() throws IOException {
    String sentence = "The harbour stayed closed for another day as the storm went on along the coast. ";
    write("long.txt", ("Harbour shut by storm as ships wait\n\n" + sentence.repeat(200)).getBytes(StandardCharsets.UTF_8));
    Article article = read().articles().get(0);
    assertTrue(article.text().size() > 10);
    assertTrue(article.text().stream().allMatch(b -> b.text().endsWith(".") && b.text().length() < 3000));
  }

  @Test
  void savedWebPagesGiveTheirBodyAndThePagesOwnMetadata() throws IOException {
    write("page.html", """
        <!DOCTYPE html><html lang="en"><head><meta charset="windows-1252">
        <title>Harbour shut by storm | The Coast Times</title>
        <meta property="og:site_name" content="The Coast Times">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour shut by storm",
          "datePublished":"2023-02-07T09:30:00+01:00","author":[{"@type":"Person","name":"Jane Roe"}]}</script>
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Harbour shut by storm</h1>
        <p>The harbour was closed on Tuesday as a storm swept the coast, the port authority said on Tuesday evening.</p>
        <figure><img src="a.jpg" alt=""><figcaption>Waves break over the harbour wall.</figcaption></figure>
        <p>Ships were told to stay offshore until Thursday, and the ferries to the islands were cancelled.</p>
        </article><footer>© The Coast Times. All rights reserved.</footer></body></html>
        """.getBytes(Charset.forName("windows-1252")));
    Article article = read().articles().get(0);
    assertEquals("html", article.format());
    assertEquals("Harbour shut by storm", article.metadata().title().value());
    assertEquals("The Coast Times", article.metadata().outlet().value());
    assertEquals(briefing.model.Origin.PAGE, article.metadata().outlet().origin());
    assertEquals("2023-02-07T09:30", article.metadata().published().value().iso());
    assertEquals(List.of("Jane Roe"), article.metadata().authors().value());
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.PARAGRAPH),
        article.blocks().stream().map(b -> b.kind()).toList());
    assertTrue(article.blocks().stream().noneMatch(b -> b.text().contains("Home") || b.text().contains("rights reserved")));
  }

  private static boolean has(Ingest.Result result, String file, String words) {
    List<Diagnostic> found = new ArrayList<>(result.diagnostics());
    return found.stream().anyMatch(d -> d.file().equals(file) && d.message().contains(words));
  }

  @Test
  void aFileWhoseReadingRunsPastTheTimeLimitIsSkippedWithAWarningAndTheRestAreRead() throws IOException {
    write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    write("slow.slow", "anything".getBytes(StandardCharsets.UTF_8));
    ArticleReader slow = new ArticleReader() {
      @Override
      public String format() {
        return "slow";
      }

      @Override
      public List<String> extensions() {
        return List.of("slow");
      }

      @Override
      public Draft read(String body, int firstLine, String file, List<Diagnostic> problems) {
        // Ignores interruption, as a regular expression stuck on a hostile line would.
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
        throw new IllegalStateException("should have been given up");
      }
    };
    Ingest ingest = new Ingest(List.of(new briefing.ingest.text.TextReader(), slow), java.time.Duration.ofMillis(300));
    Ingest.Result result = ingest.read(project.resolve("content"), "content");
    assertEquals(List.of("a"), result.articles().stream().map(Article::id).toList());
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.format().equals(
        "content/articles/slow.slow: warning: reading took over 300 ms and was given up; skipped\n"
            + "  hint: split the article, or cut what is not the article")), result.diagnostics()::toString);
  }

  @Test
  void aUtf8FileWithOneStrayByteIsReadWithTheByteReplacedAndAWarningOnItsLine() throws IOException {
    String text = ARTICLE.replace("Jane Roe", "Álvaro Núñez").replace("harbour master Tom Lee", "harbour master Ángel Ávila")
        + "\nÁlvaro Núñez said the café on the quay stayed shut.\n";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int line5 = text.indexOf("PORTSMOUTH");
    byte[] broken = new byte[utf8.length + 1];
    int at = text.substring(0, line5).getBytes(StandardCharsets.UTF_8).length;
    System.arraycopy(utf8, 0, broken, 0, at);
    broken[at] = (byte) 0x81;
    System.arraycopy(utf8, at, broken, at + 1, utf8.length - at);
    write("stray.txt", broken);
    // Plain ASCII and a byte Windows-1252 leaves undefined: not legacy text either.
    byte[] ascii = "Harbour stays shut\n\nThe port said the harbour stayed shut on Tuesday.\n".getBytes(StandardCharsets.US_ASCII);
    byte[] asciiBroken = java.util.Arrays.copyOf(ascii, ascii.length + 1);
    asciiBroken[ascii.length] = (byte) 0x8D;
    write("ascii.txt", asciiBroken);
    Ingest.Result result = read();
    List<String> ids = result.articles().stream().map(Article::id).toList();
    assertEquals(List.of("ascii", "stray"), ids, result.diagnostics()::toString);
    Article stray = result.articles().get(1);
    String all = String.join("\n", stray.blocks().stream().map(b -> b.text()).toList());
    assertTrue(all.contains("\uFFFDPORTSMOUTH") && all.contains("café on the quay"), all);
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.format().startsWith(
        "content/articles/stray.txt:5: warning: holds a byte that is not valid UTF-8")), result.diagnostics()::toString);
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.format().startsWith(
        "content/articles/ascii.txt:4: warning: holds a byte that is not valid UTF-8")), result.diagnostics()::toString);
  }
}
