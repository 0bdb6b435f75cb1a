package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Pipeline;
import briefing.config.Settings;
import briefing.model.Page;
import briefing.model.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the search index stays small for a 1,500-article story. Made-up articles of a dozen
 * sentences each give 2.1 MB of index in all (measured): 440 KB that the page loads first (people,
 * quotes, events, figures, claims) and the sentences in parts of about half a megabyte, loaded on
 * the first search. Its pages stay under a megabyte each, the coverage chart included.
 */
class SearchIndexSizeTest {
  private static final int ARTICLES = 1500;
  private static final int MAX_SCRIPT = 1 << 20;
  private static final String[] TOWNS = {"Riverton", "Millbrook", "Ashford", "Kingsbridge", "Oakdale",
      "Fairhaven", "Lakeside", "Stonebridge", "Westport", "Elmstead", "Brackwater", "Thornbury"};

  @TempDir
  static Path folder;
  private static Site site;

  @BeforeAll
  static void buildTheStory() throws IOException {
    Path content = folder.resolve("content");
    Files.createDirectories(content.resolve("articles"));
    Files.writeString(content.resolve("briefing.md"), "---\ntitle: \"The long drought\"\n---\n\nA made-up story.\n");
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(content.resolve("articles").resolve(String.format(Locale.ROOT, "a%04d.txt", i)),
          article(i), StandardCharsets.UTF_8);
    }
    // The cache lives in target/, so a second run of the test analyses nothing.
    Path cache = Path.of("target", "search-size", ".briefing", "analysis");
    Files.createDirectories(cache);
    Files.createSymbolicLink(content.resolveSibling(".briefing"), cache.getParent().toAbsolutePath());
    Pipeline.Outcome outcome = Pipeline.run(new Settings(content, folder.resolve("site"),
        Path.of("templates"), false));
    site = outcome.site().orElseThrow(() -> new AssertionError(outcome.diagnostics()));
  }

  /** Article {@code i}: a drought in one of a few towns, told in a dozen sentences. */
  private static String article(int i) {
    LocalDate day = LocalDate.of(2023, 6, 1).plusDays(i % 200);
    String town = TOWNS[i % TOWNS.length];
    String other = TOWNS[(i / TOWNS.length) % TOWNS.length];
    String official = (char) ('A' + i % 26) + "lex " + other + "son";
    return "---\ntitle: \"Drought grips " + town + " " + i + "\"\noutlet: Outlet " + (i % 40)
        + "\npublished: " + day + "\n---\n"
        + "Reservoirs around " + town + " fell to " + (20 + i % 50) + " percent of capacity on " + day
        + ", the water board said.\n\n"
        + "Mayor " + official + " ordered a ban on garden hoses and car washing for " + (10 + i % 20) + " days.\n\n"
        + "“We have never seen the river this low,” " + official + " told reporters in " + town + ".\n\n"
        + "Farmers near " + other + " said about " + (1000 + (i % 9) * 250) + " hectares of wheat had failed.\n\n"
        + "The regional council will meet on " + day.plusDays(3) + " to discuss emergency pumping from "
        + other + ".\n\n"
        + "Forecasters expect no significant rain before the end of the month, and temperatures near "
        + (30 + i % 8) + " degrees.\n\n"
        + "Some " + (200 + i % 300) + " residents queued for bottled water outside the town hall on Tuesday.\n\n"
        + "The fire service warned that dry grassland around " + town + " posed a serious risk of wildfires.\n\n"
        + "Opposition councillors accused the board of failing to repair leaking pipes for years.\n\n"
        + "The board said repairs costing " + (2 + i % 6) + " million pounds would start next spring.\n\n"
        + "Hospitals in " + other + " reported a rise in heatstroke cases among elderly patients.\n\n"
        + "Schools in " + town + " will close early on Friday, the education office said.\n";
  }

  @Test
  void everyPageStaysUnderAMegabyteWithTheCoverageChartDrawnByWeekAndOutlet() {
    for (Page p : site.pages()) {
      if (p.path().endsWith(".html")) {
        assertTrue(p.bytes().length <= MAX_SCRIPT, p.path() + " is " + p.bytes().length + " bytes");
      }
    }
    Page comparisons = site.pages().stream().filter(p -> p.path().equals("comparisons.html")).findFirst().orElseThrow();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(new String(comparisons.bytes(), StandardCharsets.UTF_8));
    org.jsoup.select.Elements rows = page.select("table.heat:not(.overlap) tbody tr");
    assertEquals(13, rows.size(), "the 12 outlets with the most articles, then the other 28 together");
    assertEquals("28 other outlets (1,044)", rows.last().selectFirst("th").text());
    int weeks = page.select("table.heat:not(.overlap) thead th").size() - 1;
    assertTrue(weeks >= 28 && weeks <= 30, "200 days are drawn as weeks: " + weeks);
    int articles = 0;
    for (org.jsoup.nodes.Element cell : page.select("table.heat:not(.overlap) td")) {
      articles += cell.text().isEmpty() ? 0 : Integer.parseInt(cell.text().replace(",", ""));
    }
    assertEquals(ARTICLES, articles, "every article is counted once");
    assertEquals(12, page.select("table.shares tbody tr").size(), "a bar per outlet shown");
    assertTrue(page.select("table.overlap").isEmpty(), "no table of every two sources on a long story");
    System.out.println("comparisons.html for " + ARTICLES + " articles: " + comparisons.bytes().length + " bytes");
  }

  @Test
  void theIndexAndEachTextPartStayUnderAMegabyte() {
    List<Page> scripts = site.pages().stream()
        .filter(p -> p.path().equals("search-index.js") || p.path().startsWith("search/")).toList();
    long total = scripts.stream().mapToLong(p -> p.bytes().length).sum();
    System.out.println("search index for " + ARTICLES + " articles: " + scripts.size() + " scripts, "
        + total + " bytes, search-index.js " + scripts.get(0).bytes().length + " bytes");
    assertTrue(scripts.size() > 1, "the sentences are split into parts");
    for (Page p : scripts) {
      assertTrue(p.bytes().length <= MAX_SCRIPT, p.path() + " is " + p.bytes().length + " bytes");
    }
  }
}
