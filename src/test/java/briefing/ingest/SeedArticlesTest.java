package briefing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.SharedData;
import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Diagnostic;
import briefing.model.Origin;
import briefing.model.Published;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The five sample articles in content/, exactly as scraped: noise out, every paragraph in. */
class SeedArticlesTest {
  /** Noise lines the seeds carry, from weather chrome to comment forms and teasers. */
  private static final List<String> NOISE = List.of(
      "10.9 C", "London", "Tuesday, March 18, 2025", "No menu items!", "Latest news", "Related news",
      "LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
      "This content is not available in your region", "Access to the comments", "By Reuters",
      "Copyright", "Check Also", "IS-Khorasan", "concert hall", "Leave a Reply",
      "Your email address will not be published", "Written by Asma Hussain", "10 Jan, 2022 | 4:06 pm",
      "Are you interested in advertising", "Please contact us at", "email", "protected",
      "File Photo by", "Photo by Sergey Dolzhenko", "By Trevor Hunnicutt", "<div>", "<p>", "<span",
      "NEWS WORLD UPDATE");

  private final List<Diagnostic> problems = new ArrayList<>();

  private Article read(String name) {
    Path file = Path.of("content/articles").resolve(name);
    return Ingest.standard().readArticle(file, "content/articles/" + name, problems).orElseThrow();
  }

  private static List<String> openings(Article article, BlockKind kind) {
    return article.blocks().stream().filter(b -> b.kind() == kind)
        .map(b -> String.join(" ", List.of(b.text().split(" ")).subList(0, Math.min(5, b.text().split(" ").length))))
        .toList();
  }

  private static void assertNoNoise(Article article) {
    for (Block block : article.blocks()) {
      for (String noise : NOISE) {
        assertFalse(block.text().contains(noise), () -> "noise '" + noise + "' kept in: " + block.text());
      }
    }
  }

  @Test
  void upiArticleLosesItsPageChromeAndKeepsEveryParagraph() {
    Article upi = read("000_6c6f23fbfdbce4fb.txt");
    assertNoNoise(upi);
    assertEquals(List.of(
        "Jan. 10 (UPI) — The", "U.S. officials and Western allies", "At the top of the",
        "U.S. Deputy Secretary of State", "Russia has amassed hundreds of", "U.S. Secretary of State Antony",
        "“The idea that Ukraine is", "Russian President Vladimir Putin has", "“The time for assessments will"),
        openings(upi, BlockKind.PARAGRAPH));
    assertEquals(List.of("U.S. Secretary of State Antony", "Ukrainian troops are seen during"),
        openings(upi, BlockKind.CAPTION));
    assertEquals(List.of("Toms Kalnins", "Sergey Dolzhenko"),
        upi.credits().stream().map(c -> c.name()).toList());
  }

  @Test
  void upiMetadataComesFromTheDatelineNotTheScrapeDate() {
    Article upi = read("000_6c6f23fbfdbce4fb.txt");
    assertEquals("Ukraine the focus at new round of security talks between U.S., Russia",
        upi.metadata().title().value());
    assertEquals("UPI", upi.metadata().outlet().value());
    // "Jan. 10 (UPI)" has no year; "December 18, 2021" in a caption gives it: 2022, not 2025.
    assertEquals(Published.on(LocalDate.of(2022, 1, 10)), upi.metadata().published().value());
    assertEquals(Origin.TEXT, upi.metadata().published().origin());
  }

  @Test
  void reutersArticleParsesItsHtmlFragmentAndByline() {
    Article reuters = read("001_d41437aae8c5df60.txt");
    assertNoNoise(reuters);
    assertEquals(14, openings(reuters, BlockKind.PARAGRAPH).size());
    assertEquals("WASHINGTON/MOSCOW -U.S. and Russian officials", openings(reuters, BlockKind.PARAGRAPH).get(0));
    assertEquals("Major combat ended with a", openings(reuters, BlockKind.PARAGRAPH).get(13));
    assertEquals(List.of("CONCERNS ON THE TABLE"), openings(reuters, BlockKind.HEADING));
    assertEquals("U.S., Russia set for Jan. 10 security talks amid Ukraine tensions",
        reuters.metadata().title().value());
    assertEquals("Reuters", reuters.metadata().outlet().value());
    assertEquals(List.of("Trevor Hunnicutt", "Andrew Osborn"), reuters.metadata().authors().value());
    assertEquals(Origin.FRONT_MATTER, reuters.metadata().published().origin());
  }

  @Test
  void voaArticleLosesTheUnrelatedTeaser() {
    Article voa = read("002_c757d835cab291a3.txt");
    assertNoNoise(voa);
    List<String> paragraphs = openings(voa, BlockKind.PARAGRAPH);
    assertEquals(16, paragraphs.size());
    assertEquals("Diplomats from the United States", paragraphs.get(0));
    assertEquals("The United States and NATO", paragraphs.get(15));
    assertEquals("US, Russia Hold Day-Long Talks Amid Ukraine Tensions", voa.metadata().title().value());
  }

  @Test
  void newsWorldUpdateTakesItsOutletFromTheTitle() {
    Article nwu = read("003_6a9451c88f9c3e5d.txt");
    assertNoNoise(nwu);
    List<String> paragraphs = openings(nwu, BlockKind.PARAGRAPH);
    assertEquals(29, paragraphs.size());
    assertEquals("US Secretary of State Antony", paragraphs.get(0));
    assertEquals("Mr Biden then sought to", paragraphs.get(28));
    assertEquals("Tension in Ukraine – US and Russia hold “frank” talks", nwu.metadata().title().value());
    assertEquals("News World Update", nwu.metadata().outlet().value());
  }

  @Test
  void newsFirstReadsItsDateStampWithTheTime() {
    Article n1 = read("004_08af7778073fba84.txt");
    assertNoNoise(n1);
    List<String> paragraphs = openings(n1, BlockKind.PARAGRAPH);
    assertEquals(11, paragraphs.size());
    assertEquals("(News 1st); With diplomats publicly", paragraphs.get(0));
    assertEquals("Sanctions could lead to a", paragraphs.get(10));
    assertEquals("News 1st", n1.metadata().outlet().value());
    assertEquals(List.of("Asma Hussain"), n1.metadata().authors().value());
    assertEquals(new Published(LocalDate.of(2022, 1, 10), LocalTime.of(16, 6)),
        n1.metadata().published().value());
  }

  @Test
  void theHeadlineIsMetadataAndNotRepeatedInTheText() {
    Article n1 = read("004_08af7778073fba84.txt");
    assertTrue(n1.blocks().stream().noneMatch(b -> b.text().equals(n1.metadata().title().value())));
    assertEquals(2, n1.noise().stream().filter(n -> n.reason().equals("repeated headline")).count());
  }

  @Test
  void aSeedWithoutFrontMatterAndWithoutADateIsReportedWithWhatToAdd() throws IOException {
    List<Diagnostic> found = new ArrayList<>();
    // The seed as scraped is the sample article without the front matter its editor added (see
    // theSampleArticlesAreTheSharedSeedsWithOnlyFrontMatterAdded), so this runs without ../shared.
    byte[] scraped = withoutFrontMatter(Files.readString(Path.of("content/articles/002_c757d835cab291a3.txt")))
        .getBytes(StandardCharsets.UTF_8);
    Article voa = Ingest.standard().readArticle("002.txt", scraped, found).orElseThrow();
    assertNull(voa.metadata().published());
    assertTrue(found.stream().anyMatch(d -> d.file().equals("002.txt")
        && d.message().contains("publication date unknown") && d.hint().contains("published: YYYY-MM-DD")),
        found::toString);
  }

  @Test
  void theSampleArticlesAreTheSharedSeedsWithOnlyFrontMatterAdded() throws IOException {
    Path seeds = SharedData.require("seeds");
    List<String> names;
    try (Stream<Path> files = Files.list(Path.of("content/articles"))) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(5, names.size(), names::toString);
    for (String name : names) {
      String sample = Files.readString(Path.of("content/articles", name));
      assertEquals(Files.readString(seeds.resolve(name)), withoutFrontMatter(sample),
          name + " differs from the seed as scraped by more than its front matter");
    }
  }

  /** The text after a leading front matter block, or all of it when it has none. */
  private static String withoutFrontMatter(String text) {
    if (!text.startsWith("---\n")) {
      return text;
    }
    int end = text.indexOf("\n---\n", 3);
    assertTrue(end > 0, "unclosed front matter");
    return text.substring(end + "\n---\n".length());
  }
}
