package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.Pipeline;
import briefing.config.Settings;
import briefing.model.Page;
import briefing.model.Site;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: every page stays small however large the story. 1,000 small articles made a 112 MB
 * comparisons page (1,213 facts by 1,000 sources); here 300 made-up articles, each a few lines,
 * build a site whose pages each stay under a megabyte, the full coverage matrix in an export.
 */
class BigStoryTest {
  private static final int ARTICLES = 300;
  private static final int MAX_PAGE = 1 << 20;
  private static final String[] OUTLETS = {"Riverton Post", "Valley News", "Harbour Herald",
      "County Times", "Morning Star", "Evening Ledger", "Daily Bugle", "The Courier"};
  private static final String[] TOWNS = {"Riverton", "Millbrook", "Ashford", "Kingsbridge", "Oakdale",
      "Fairhaven", "Lakeside", "Stonebridge"};

  @TempDir
  static Path folder;
  private static Site site;

  @BeforeAll
  static void buildTheStory() throws IOException {
    Path content = folder.resolve("content");
    Files.createDirectories(content.resolve("articles"));
    Files.writeString(content.resolve("briefing.md"), "---\ntitle: \"The great flood\"\n---\n\nA made-up story.\n");
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(content.resolve("articles").resolve(String.format(Locale.ROOT, "a%03d.txt", i)),
          article(i), StandardCharsets.UTF_8);
    }
    // The cache lives in target/, so a second run of the test analyses nothing.
    Path cache = Path.of("target", "big-story", ".briefing", "analysis");
    Files.createDirectories(cache);
    Path linked = content.resolveSibling(".briefing");
    Files.createSymbolicLink(linked, cache.getParent().toAbsolutePath());
    Pipeline.Outcome outcome = Pipeline.run(new Settings(content, folder.resolve("site"),
        Path.of("templates"), false));
    site = outcome.site().orElseThrow(() -> new AssertionError(outcome.diagnostics()));
  }

  /** Article {@code i}: a flood in one of a few towns, an official, a figure, a day. */
  private static String article(int i) {
    LocalDate day = LocalDate.of(2023, 3, 1).plusDays(i % 90);
    String town = TOWNS[i % TOWNS.length];
    String official = "Mayor " + (char) ('A' + i % 26) + "lex " + TOWNS[(i / 8) % TOWNS.length] + "son";
    return "---\ntitle: \"Flood reaches " + town + " " + i + "\"\noutlet: " + OUTLETS[i % OUTLETS.length]
        + " " + (i / OUTLETS.length) + "\npublished: " + day + "\n---\n"
        + "Flood reaches " + town + "\n\n"
        + "Water flooded " + (100 + i % 40) + " homes in " + town + " on " + day.getDayOfWeek().getDisplayName(
            java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", " + official + " said.\n\n"
        + "“We are doing everything we can,” " + official + " told reporters in " + town + ".\n\n"
        + "About " + (1000 + (i % 7) * 500) + " people left " + town + " on " + day.minusDays(1) + ".\n";
  }

  @Test
  void noPageExceedsAMegabyte() {
    String sizes = site.pages().stream().sorted(Comparator.comparingInt((Page p) -> -p.bytes().length))
        .limit(8).map(p -> p.path() + " " + p.bytes().length).collect(Collectors.joining(", "));
    for (Page p : site.pages()) {
      if (p.path().endsWith(".html") || p.path().endsWith(".js")) {
        assertTrue(p.bytes().length <= MAX_PAGE, p.path() + " is " + p.bytes().length + " bytes; largest: " + sizes);
      }
    }
  }

  @Test
  void theCoverageExportHoldsTheWholeMatrix() throws IOException {
    List<String> lines = new String(page("coverage.csv").bytes(), StandardCharsets.UTF_8).lines().toList();
    JsonNode coverage = new ObjectMapper().readTree(page("briefing.json").bytes()).get("coverage");
    assertEquals(ARTICLES + 3, lines.get(0).split(",", -1).length, "kind, id, fact, then a column per source");
    assertEquals(coverage.size(), lines.size() - 1, "a row per fact");
    int reported = 0;
    for (JsonNode row : coverage) {
      reported += row.get("sources").size();
    }
    long marks = lines.stream().skip(1).mapToLong(l -> l.chars().filter(c -> c == '1').count()).sum();
    assertTrue(marks >= reported, "every source of every fact is marked: " + marks + " of " + reported);
    String comparisons = new String(page("comparisons.html").bytes(), StandardCharsets.UTF_8);
    assertTrue(comparisons.contains("<a href=\"coverage.csv\">coverage.csv</a>"), "the page links the whole matrix");
    assertTrue(comparisons.contains("more sources)"), "the page says how many sources it leaves out");
  }

  private static Page page(String path) {
    return site.pages().stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + path));
  }
}
