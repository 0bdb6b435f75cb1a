package briefing.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample story's built site checked by real tools: every page by the Nu Html Checker, by its
 * links, and in headless Chromium over http from a sub-folder and from file:// (axe-core's WCAG
 * 2.1 AA rules, console errors, requests to other hosts, JavaScript off), with screenshots for
 * review in {@code target/screenshots/}. Without Chromium, chromedriver or axe-core the browser
 * tests skip, saying what to install, unless {@code BRIEFING_REQUIRE_BROWSER} is set, as CI does.
 */
class SiteQualityTest {
  /** Pages screenshot, all of which the sample site must have; an article page is added as "article". */
  private static final List<String> SCREENSHOT_PAGES =
      List.of("index.html", "timeline.html", "people/index.html", "comparisons.html");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static SampleSite site;
  private static Browser browser;

  @BeforeAll
  static void buildTheSampleSite() throws Exception {
    site = SampleSite.build(dir.resolve("site"));
    System.out.println("Built " + site.pages().size() + " pages: " + site.pages());
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyPagePassesTheNuHtmlCheckerWithoutErrors() throws Exception {
    NuChecker checker = new NuChecker();
    List<String> errors = new ArrayList<>();
    for (String page : site.pages()) {
      for (NuChecker.Message message : checker.check(site.file(page))) {
        System.out.println("Nu Html Checker: " + page + ":" + message);
        if (message.error()) {
          errors.add(page + ":" + message);
        }
      }
    }
    assertNoProblems("Nu Html Checker errors", errors);
  }

  @Test
  void everyInternalLinkAndAnchorNamesAFileAndIdOfTheSite() throws Exception {
    InternalLinks links = new InternalLinks(site.root());
    List<String> problems = new ArrayList<>();
    for (String page : site.pages()) {
      links.check(site.file(page)).forEach(problem -> problems.add(page + ": " + problem));
    }
    assertNoProblems("broken links", problems);
  }

  @Test
  void everyPageServedOverHttpFromASubFolderPassesAxeWithoutConsoleErrorsOrForeignRequests() throws Exception {
    try (SiteServer server = new SiteServer(site.root())) {
      // Only the site's own sub-folder: a request to the host's root is a link that is not relative.
      checkInTheBrowser(page -> server.base() + page, url -> url.startsWith(server.base()) || url.startsWith("data:"));
    }
  }

  @Test
  void everyPageOpenedFromDiskPassesAxeWithoutConsoleErrorsOrForeignRequests() throws Exception {
    String root = site.root().toUri().toString();
    checkInTheBrowser(page -> site.file(page).toUri().toString(), url -> url.startsWith(root) || url.startsWith("data:"));
  }

  @Test
  void theVisualTimelinesMarksLinkToTimelineEntries() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String page : List.of("index.html", "timeline.html")) {
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(site.file(page).toFile(), "UTF-8");
      org.jsoup.select.Elements marks = doc.select("figure.chart a.mark");
      if (marks.isEmpty()) {
        problems.add(page + ": the visual timeline has no marks");
      }
      for (org.jsoup.nodes.Element mark : marks) {
        String[] href = mark.attr("href").split("#", 2);
        Path target = site.file(page).resolveSibling(href[0]);
        if (href.length < 2 || !java.nio.file.Files.exists(target) || org.jsoup.Jsoup.parse(target.toFile(), "UTF-8")
            .select("li.event[id=" + href[1] + "]").isEmpty()) {
          problems.add(page + ": a mark links to " + mark.attr("href") + ", which is no timeline entry");
        }
      }
    }
    assertNoProblems("visual timeline problems", problems);
  }

  @Test
  void everyQuoteShownWithItsSpeakerSaysBehindWhyHowItWasCredited() throws Exception {
    List<String> problems = new ArrayList<>();
    int quotes = 0;
    for (String page : site.pages()) {
      if (!page.startsWith("people/") || page.equals("people/index.html")) {
        continue;
      }
      for (org.jsoup.nodes.Element quote : parse(page).select("figure.quote")) {
        quotes++;
        org.jsoup.nodes.Element why = quote.selectFirst("figcaption details.why");
        if (why == null || !why.select("p").text().matches("(Credited|Not credited)\\b.*\\.")) {
          problems.add(page + ": a quote without a why? that says how it was credited: " + quote.text());
        }
      }
    }
    assertTrue(quotes > 0, "the sample's people pages show quotes");
    assertNoProblems("quotes without their credit", problems);
  }

  @Test
  void everySourceNamedCarriesItsOutletsMarkAndTheSourcesLinkTheirOriginals() throws Exception {
    List<String> problems = new ArrayList<>();
    java.util.Map<String, String> markOf = new java.util.TreeMap<>();
    for (String page : site.pages()) {
      for (org.jsoup.nodes.Element cite : parse(page).select("main cite")) {
        org.jsoup.nodes.Element mark = cite.previousElementSibling();
        if (mark == null || !mark.hasClass("om") || mark.attr("data-mark").isEmpty()
            || !"true".equals(mark.attr("aria-hidden"))) {
          problems.add(page + ": " + cite.text() + " is named without its mark");
          continue;
        }
        String seen = markOf.putIfAbsent(cite.text(), mark.className() + " " + mark.attr("data-mark"));
        if (seen != null && !seen.equals(mark.className() + " " + mark.attr("data-mark"))) {
          problems.add(page + ": " + cite.text() + " is marked " + mark.className() + " " + mark.attr("data-mark")
              + " here and " + seen + " elsewhere");
        }
      }
    }
    if (markOf.values().stream().distinct().count() != markOf.size()) {
      problems.add("two outlets look alike: " + markOf);
    }
    org.jsoup.nodes.Document index = parse("index.html");
    for (org.jsoup.nodes.Element source : index.select("ol.sources article.source")) {
      org.jsoup.nodes.Element page = parse(source.selectFirst("h3 a").attr("href"));
      org.jsoup.nodes.Element original = page.selectFirst("p.original a");
      org.jsoup.nodes.Element listed = source.selectFirst("a.original");
      if (original != null && (listed == null || !listed.attr("href").equals(original.attr("href")))) {
        problems.add("index.html: " + source.selectFirst("h3").text() + " does not link its original article");
      }
    }
    assertTrue(markOf.size() >= 5, "the sample names its five outlets: " + markOf);
    assertNoProblems("sources named without their mark", problems);
  }

  /** A wide screen's tables: each header cell over its column, aligned as the cells below it. */
  private static final String MISALIGNED_HEADERS = """
      var problems = [];
      document.querySelectorAll('main table').forEach(function (table, n) {
        var head = table.tHead && table.tHead.rows[0];
        var body = table.tBodies[0] && table.tBodies[0].rows[0];
        if (!head || !body) { return; }
        for (var i = 0; i < Math.min(head.cells.length, body.cells.length); i++) {
          var h = head.cells[i], d = body.cells[i];
          var where = 'table ' + (n + 1) + ' (' + table.className + '), column ' + (i + 1);
          var ha = getComputedStyle(h).textAlign, da = getComputedStyle(d).textAlign;
          if (ha !== da) { problems.push(where + ': the header is aligned ' + ha + ', its cells ' + da); }
          var hr = h.getBoundingClientRect(), dr = d.getBoundingClientRect();
          if (Math.abs(hr.left - dr.left) > 1 || Math.abs(hr.width - dr.width) > 1) {
            problems.push(where + ': the header is not over its column');
          }
        }
      });
      var first = null;
      document.querySelectorAll('.figure-comparison table').forEach(function (table) {
        var columns = Array.from(table.tHead.rows[0].cells)
            .map(function (c) { return Math.round(c.getBoundingClientRect().left); }).join(', ');
        if (first === null) { first = columns; }
        else if (columns !== first) { problems.push('figure tables put their columns at ' + columns + ' and ' + first); }
      });
      return problems.join('\\n');
      """;

  @Test
  void theComparisonsTablesHeadersSitOverTheirColumnsOnAWideScreen() throws Exception {
    Browser browser = browser();
    browser.emulate(1440, 900, false, "light");
    browser.visit(site.file("comparisons.html").toUri().toString());
    Object problems = browser.script(MISALIGNED_HEADERS);
    assertTrue(problems == null || problems.toString().isEmpty(), () -> "misaligned headers:\n" + problems);
  }

  @Test
  void theKeyDatesChartShowsEveryMarkOnAPhoneWithoutScrolling() throws Exception {
    Browser browser = browser();
    browser.emulate(390, 844, true, "light");
    browser.visit(site.file("index.html").toUri().toString());
    Object hidden = browser.script("const s = document.querySelector('.chart-scroll');"
        + " return s.scrollWidth - s.clientWidth;");
    browser.emulate(1440, 900, false, "light");
    assertTrue(hidden instanceof Number n && n.longValue() <= 0,
        () -> "the chart is " + hidden + " px wider than a 390 px screen: its days with no event should give way");
  }

  private static org.jsoup.nodes.Document parse(String page) throws java.io.IOException {
    return org.jsoup.Jsoup.parse(site.file(page).toFile(), "UTF-8");
  }

  @Test
  void everyPageShowsItsMainContentWithJavaScriptOff() {
    BrowserTools tools = BrowserTools.requireOrSkip();
    List<String> problems = new ArrayList<>();
    try (Browser noScript = Browser.start(tools, false)) {
      for (String page : site.pages()) {
        noScript.visit(site.file(page).toUri().toString());
        if (noScript.mainText().isBlank()) {
          problems.add(page + ": <main> shows no text with JavaScript off");
        }
      }
    }
    assertNoProblems("pages empty without JavaScript", problems);
  }

  @Test
  void theMainPagesAreScreenshotAtPhoneAndDesktopWidthsInLightAndDark() throws Exception {
    Browser browser = browser();
    List<String> names = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String page : screenshotPages()) {
      String name = page.startsWith("articles/") ? "article"
          : page.equals("people/index.html") ? "whos-who"
          : page.substring(0, page.length() - ".html".length());
      for (int[] size : new int[][] {{390, 844}, {1440, 900}}) {
        Screenshot light = null;
        for (String scheme : List.of("light", "dark")) {
          browser.emulate(size[0], size[1], size[0] < 600, scheme);
          browser.visit(site.file(page).toUri().toString());
          Path png = SCREENSHOTS.resolve(name + "-" + size[0] + "-" + scheme + ".png");
          browser.screenshot(png);
          Object overflow = browser.script(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
          if (overflow instanceof Number n && n.longValue() > 0) {
            problems.add(page + " at " + size[0] + " px: the page is " + n + " px wider than the screen");
          }
          names.add(png.toString());
          Screenshot shot = Screenshot.read(png);
          shot.problem(size[0], size[1], scheme).ifPresent(problem -> problems.add(png + ": " + problem));
          if (light == null) {
            light = shot;
          } else if (light.sameAs(shot)) {
            problems.add(png + ": the dark screenshot is the light one; prefers-color-scheme had no effect");
          }
        }
      }
    }
    browser.emulate(1440, 900, false, "light");
    System.out.println("Screenshots for review: " + names);
    assertNoProblems("screenshot problems", problems);
  }

  /** Loads every page by the URL {@code url} makes for it and runs the browser checks on it. */
  private static void checkInTheBrowser(Function<String, String> url, Predicate<String> inSite) throws Exception {
    BrowserCheck check = new BrowserCheck(browser(), new Axe(BrowserTools.find().axe().orElseThrow()));
    List<String> problems = new ArrayList<>();
    for (String page : site.pages()) {
      check.check(url.apply(page), inSite).forEach(problem -> problems.add(page + ": " + problem));
    }
    problems.forEach(problem -> System.out.println("Browser check: " + problem));
    assertNoProblems("browser check failures", problems);
  }

  /** The main pages and the first article page; fails when the sample site lacks one of them. */
  private static List<String> screenshotPages() {
    List<String> pages = new ArrayList<>(SCREENSHOT_PAGES);
    pages.removeAll(site.pages());
    assertTrue(pages.isEmpty(), () -> "the sample site has no " + pages + " to screenshot");
    String article = site.pages().stream().filter(page -> page.startsWith("articles/")).findFirst()
        .orElseThrow(() -> new AssertionError("the sample site has no article page to screenshot"));
    List<String> all = new ArrayList<>(SCREENSHOT_PAGES);
    all.add(article);
    return all;
  }

  private static Browser browser() {
    if (browser == null) {
      browser = Browser.start(BrowserTools.requireOrSkip(), true);
    }
    return browser;
  }

  private static void assertNoProblems(String what, List<String> problems) {
    assertTrue(problems.isEmpty(), () -> problems.size() + " " + what + ":\n" + String.join("\n", problems));
  }
}
