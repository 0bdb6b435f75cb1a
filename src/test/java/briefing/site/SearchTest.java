package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the sample's search page, opened from disk, finds the articles' full text, people
 * under any spelling the sources use and figures, ranks names first, marks the matched words,
 * and restores a search from its address ({@code search.html?q=…}).
 */
class SearchTest {
  @TempDir static Path dir;
  private static SampleSite site;
  private static Browser browser;

  @BeforeAll
  static void buildTheSampleSite() throws Exception {
    site = SampleSite.build(dir.resolve("site"));
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void sanctionsFindsSentencesOfSeveralArticlesWithTheWordMarked() {
    List<Map<String, Object>> found = search("sanctions");
    assertTrue(found.stream().map(r -> r.get("href").toString().split("#")[0]).distinct().count() >= 2, found::toString);
    assertTrue(found.stream().anyMatch(r -> r.get("href").toString().matches("articles/.+\\.html#s\\d+")), found::toString);
    assertTrue(found.stream().allMatch(r -> r.get("marks").toString().toLowerCase().contains("sanction")), found::toString);
    assertTrue(found.stream().filter(r -> r.get("kind").equals("sentence")).allMatch(r -> !r.get("outlet").toString().isEmpty()),
        "each sentence found carries its outlet's mark, as the pages draw it: " + found);
  }

  @Test
  void sergeyFindsSergeiRyabkovFirst() {
    List<Map<String, Object>> found = search("Sergey");
    assertEquals("people/sergei-ryabkov.html", found.get(0).get("href"), found::toString);
    assertTrue(found.stream().anyMatch(r -> r.get("marks").toString().contains("Sergei")), found::toString);
  }

  @Test
  void kyivFindsTheSentenceThatNamesIt() {
    List<Map<String, Object>> found = search("Kyiv");
    assertTrue(found.stream().anyMatch(r -> r.get("href").toString().startsWith("articles/001-")
        && r.get("text").toString().contains("Kyiv losing control")), found::toString);
  }

  @Test
  void aFigureWithACommaIsFoundWhole() {
    List<Map<String, Object>> found = search("100,000");
    assertTrue(!found.isEmpty() && found.stream().allMatch(r -> r.get("text").toString().contains("100,000")),
        found::toString);
    assertTrue(found.stream().anyMatch(r -> r.get("kind").equals("figure")), found::toString);
  }

  @Test
  void theAddressKeepsTheQueryAndRestoresIt() {
    search("Sergey");
    Object address = browser.script("var q = document.getElementById('q');"
        + "q.value = 'Geneva talks'; q.dispatchEvent(new Event('input'));"
        + "return [window.location.search, document.querySelectorAll('#results li').length];");
    assertEquals("?q=Geneva+talks", ((List<?>) address).get(0), address::toString);
    List<Map<String, Object>> found = search("Geneva talks");
    assertTrue(!found.isEmpty(), "no results for a restored search");
    assertEquals("Geneva talks", browser.script("return document.getElementById('q').value;"));
  }

  @Test
  void aLongStorysTextPartsLoadOnTheFirstSearchFromDisk() throws Exception {
    // The sample's index with its sentences moved to search/text-1.js, as a long story's would be.
    Path split = dir.resolve("split");
    try (java.util.stream.Stream<Path> files = Files.walk(site.file(""))) {
      for (Path from : files.toList()) {
        Files.copy(from, split.resolve(site.file("").relativize(from).toString()));
      }
    }
    String index = Files.readString(split.resolve("search-index.js"));
    int text = index.indexOf(",\"text\":");
    Files.writeString(split.resolve("search-index.js"),
        index.substring(0, text).replace("\"parts\":0", "\"parts\":1") + "};\n");
    Files.createDirectories(split.resolve("search"));
    Files.writeString(split.resolve("search/text-1.js"), "(window.briefingSearchText = window.briefingSearchText || {})[1] = "
        + index.substring(text + ",\"text\":".length(), index.length() - 3) + ";\n");
    List<Map<String, Object>> found = search(split.resolve("search.html"), "Kyiv");
    assertTrue(found.stream().anyMatch(r -> r.get("text").toString().contains("Kyiv losing control")), found::toString);
  }

  private static List<Map<String, Object>> search(String query) {
    return search(site.file("search.html"), query);
  }

  /** Opens {@code search.html?q=query} from disk and reads its results. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> search(Path page, String query) {
    if (browser == null) {
      browser = Browser.start(BrowserTools.requireOrSkip(), true);
    }
    String url = page.toUri() + "?q=" + java.net.URLEncoder.encode(query,
        java.nio.charset.StandardCharsets.UTF_8);
    browser.visit(url);
    return (List<Map<String, Object>>) browser.script("return Array.from(document.querySelectorAll('#results li'))"
        + ".map(function (li) { return { kind: li.querySelector('.kind').textContent,"
        + " href: li.querySelector('a').getAttribute('href'), text: li.querySelector('p').textContent,"
        + " marks: Array.from(li.querySelectorAll('mark')).map(function (m) { return m.textContent; }),"
        + " outlet: (li.querySelector('.om') || {getAttribute: function () { return ''; }}).getAttribute('data-mark') }; });");
  }
}
