package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkers of {@link SiteQualityTest} on a hand-made broken page: a check that passes the
 * real site is only worth something if it fails this one. The one foreign request goes to
 * another loopback name, so nothing leaves the machine.
 */
class CheckersCatchProblemsTest {
  private static final String BROKEN = """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"></head>
      <body>
      <main>
      <img src="http://localhost:9/pixel.png">
      <a href="missing.html">a missing page</a>
      <a href="good.html#nowhere">a missing anchor</a>
      <a href="good.html#here">a good anchor</a>
      <a href="/good.html">a root path</a>
      <a href="sub/">a folder</a>
      <a href="https://www.example.org/story">an article's original, outside the site</a>
      </main>
      <script src="throws.js"></script>
      </body>
      </html>
      """;

  @TempDir static Path site;

  @BeforeAll
  static void writeTheBrokenSite() throws Exception {
    Files.writeString(site.resolve("broken.html"), BROKEN);
    Files.writeString(site.resolve("good.html"), "<!DOCTYPE html><html lang=\"en\"><title>Good</title><p id=\"here\">Here.");
    Files.writeString(site.resolve("throws.js"), "throw new Error('thrown on purpose');\n");
    Files.createDirectories(site.resolve("sub"));
    Files.writeString(site.resolve("scripted.html"),
        "<!DOCTYPE html><html lang=\"en\"><title>Scripted</title><main></main><script src=\"fill.js\"></script>");
    Files.writeString(site.resolve("fill.js"), "document.querySelector('main').textContent = 'Filled by script.';\n");
  }

  @Test
  void theNuCheckerReportsAPageWithoutATitleAsAnError() throws Exception {
    List<NuChecker.Message> messages = new NuChecker().check(site.resolve("broken.html"));
    assertTrue(messages.stream().anyMatch(m -> m.error() && m.text().contains("title")), messages::toString);
    assertTrue(messages.stream().anyMatch(m -> m.error() && m.text().contains("alt")), messages::toString);
  }

  @Test
  void theLinkCheckReportsMissingFilesAndAnchorsRootPathsFoldersAndForeignResources() throws Exception {
    List<String> problems = new InternalLinks(site).check(site.resolve("broken.html"));
    assertEquals(5, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("<a href=\"missing.html\">: no such file"), problems::toString);
    assertTrue(problems.get(1).startsWith("<a href=\"good.html#nowhere\">: no id \"nowhere\""), problems::toString);
    assertTrue(problems.get(2).startsWith("<a href=\"/good.html\">: starts at the host's root"), problems::toString);
    assertTrue(problems.get(3).startsWith("<a href=\"sub/\">: names a folder"), problems::toString);
    assertTrue(problems.get(4).startsWith("<img src=\"http://localhost:9/pixel.png\">: loads from outside"), problems::toString);
  }

  @Test
  void theBrowserCheckReportsConsoleErrorsForeignRequestsAndAxeViolations() throws Exception {
    BrowserTools tools = BrowserTools.requireOrSkip();
    String root = site.toUri().toString();
    Predicate<String> inSite = url -> url.startsWith(root);
    try (Browser browser = Browser.start(tools, true)) {
      List<String> problems = new BrowserCheck(browser, new Axe(tools.axe().orElseThrow()))
          .check(site.resolve("broken.html").toUri().toString(), inSite);
      String all = String.join("\n", problems);
      assertTrue(problems.stream().anyMatch(p -> p.startsWith("console error:") && p.contains("thrown on purpose")), all);
      assertTrue(problems.contains("request outside the site: http://localhost:9/pixel.png"), all);
      assertTrue(problems.stream().anyMatch(p -> p.startsWith("axe: image-alt (critical)")), all);
      assertTrue(problems.stream().anyMatch(p -> p.startsWith("axe: document-title")), all);
    }
  }

  @Test
  void aPageFilledOnlyByScriptShowsAnEmptyMainWithJavaScriptOff() {
    BrowserTools tools = BrowserTools.requireOrSkip();
    String url = site.resolve("scripted.html").toUri().toString();
    try (Browser withScript = Browser.start(tools, true); Browser noScript = Browser.start(tools, false)) {
      withScript.visit(url);
      noScript.visit(url);
      assertEquals("Filled by script.", withScript.mainText());
      assertEquals("", noScript.mainText());
    }
  }
}
