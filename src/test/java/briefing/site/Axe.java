package briefing.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core, injected into the page a browser shows, checking it against WCAG 2.1 A and AA. It is
 * injected through the driver, so the site's Content-Security-Policy (no inline script) does not
 * stop it, and the site itself ships no trace of it.
 */
final class Axe {
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                         resultTypes: ['violations']})
         .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));
      """;

  private final String source;

  /** Reads {@code axe.min.js}. */
  Axe(Path axeMinJs) throws IOException {
    this.source = Files.readString(axeMinJs);
  }

  /**
   * Returns one line per violation on the browser's current page: rule, impact, what it asks,
   * and the CSS selectors of the offending nodes; empty when there is none.
   */
  List<String> violations(Browser browser) throws IOException {
    if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
      browser.script(source);
    }
    JsonNode result = new ObjectMapper().readTree(String.valueOf(browser.asyncScript(RUN)));
    if (result.has("error")) {
      throw new IllegalStateException("axe-core failed: " + result.get("error").asText());
    }
    List<String> lines = new ArrayList<>();
    for (JsonNode violation : result) {
      List<String> targets = new ArrayList<>();
      for (JsonNode node : violation.path("nodes")) {
        targets.add(node.path("target").toString());
      }
      lines.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
          + violation.path("help").asText() + " at " + String.join(", ", targets));
    }
    return lines;
  }
}
