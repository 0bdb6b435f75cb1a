package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import briefing.model.Content;
import briefing.model.Editorial;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.QuoteComparison;
import briefing.model.briefing.QuoteRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a big story's comparisons page stays small. Of hundreds of figures and quotes that
 * several sources give, the page shows the first 40 of each and says how many more the export
 * holds; a 1,452-article story's page was 1.2 MB with them all.
 */
class LongComparisonsTest {
  @Test
  void figuresAndQuotesPastFortyAreCountedNotShown() {
    List<FigureComparison> figures = new ArrayList<>();
    List<QuoteComparison> quotes = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      Citation a = new Citation("a", "s" + (i + 1));
      Citation b = new Citation("b", "s" + (i + 1));
      figures.add(new FigureComparison("boats in harbour " + i, "boats", List.of(
          new FigureComparison.Reading(i + " boats", i, i, false, a),
          new FigureComparison.Reading((i + 1) + " boats", i + 1, i + 1, false, b)), FigureComparison.Verdict.DIFFER));
      QuoteRef one = new QuoteRef("We counted " + i + " boats today", "Pat Rowe", false, a, "quote-then-speaker");
      QuoteRef two = new QuoteRef("we counted " + i + " boats", "Pat Rowe", false, b, "quote-then-speaker");
      quotes.add(new QuoteComparison(null, List.of(
          new QuoteComparison.Version(one, List.of(new QuoteComparison.Word("We counted boats", true))),
          new QuoteComparison.Version(two, List.of(new QuoteComparison.Word("we counted boats", true)))), false));
    }
    Briefing briefing = new Briefing("Harbour", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        figures, quotes, List.of(), List.of(), List.of(), List.of());
    Content content = new Content(new Editorial("Harbour", "en", "", ""), List.of(), "content");
    byte[] bytes = new Renderer(new Theme(Path.of("no-project-templates"))).render(content, List.of(), briefing)
        .page("comparisons.html").orElseThrow().bytes();
    Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    assertEquals(40, page.select(".figure-comparison").size());
    assertEquals(40, page.select(".quote-comparison").size());
    assertTrue(page.text().contains("And 90 more figures several sources give, in briefing.json."), page.text());
    assertTrue(page.text().contains("And 90 more statements several sources quote, in briefing.json."), page.text());
  }
}
