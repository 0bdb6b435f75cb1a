package briefing.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The checks one page load in the browser must pass: no console error, no request outside the
 * site, and no WCAG 2.1 A or AA violation that axe-core finds.
 */
record BrowserCheck(Browser browser, Axe axe) {
  /**
   * Loads {@code url} and returns one line per failed check, empty when the page passes;
   * {@code inSite} tells the URLs the page may request from the others.
   */
  List<String> check(String url, Predicate<String> inSite) throws IOException {
    List<String> problems = new ArrayList<>();
    Browser.Visit visit = browser.visit(url);
    visit.consoleErrors().forEach(error -> problems.add("console error: " + error));
    visit.requests().stream().filter(inSite.negate())
        .forEach(request -> problems.add("request outside the site: " + request));
    axe.violations(browser).forEach(violation -> problems.add("axe: " + violation));
    return problems;
  }
}
