package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Citation;
import briefing.model.Metadata;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Briefing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source is shown by a sentence that says something, not by a lone quotation mark; how a date
 * was read is told in words.
 */
class CitedSentencesTest {
  @Test
  void howADateWasReadNamesItsDatesAsPeopleWriteThem() {
    BriefingView view = new BriefingView(new Briefing("Bridge", List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of()));

    assertEquals("'last week': relative to publication on Friday 12 October 2012, Week of 1 October"
        + " 2012, in a report by the Gazette", view.derivation("'last week': relative to publication"
        + " on Friday 12 October 2012, 2012-W40, in a report by the Gazette"));
    assertEquals("'tonight': relative to publication, Friday 12 October 2012; the night of that day,"
        + " in a report by the Gazette", view.derivation("'tonight': relative to publication,"
        + " 2012-10-12TNI; the night of that day, dated by the day as TimeML does, 2012-10-12, in a"
        + " report by the Gazette"));
    assertEquals("'a month ago': to the month, September 2012",
        view.derivation("'a month ago': to the month, 2012-09"));
  }

  @Test
  void aLoneQuotationMarkIsShownOnlyWhereNothingElseIs() {
    SourceView a = source("a", "\u201cWe will rebuild the bridge.", "\u201d",
        "The mayor spoke at the harbour on Tuesday.");
    BriefingView view = new BriefingView(new Briefing("Bridge", List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of()), List.of(a));

    assertEquals(List.of(new Citation("a", "s3")),
        view.cited(List.of(new Citation("a", "s2"), new Citation("a", "s3")), 5).shown());
    assertEquals(List.of(new Citation("a", "s2")),
        view.cited(List.of(new Citation("a", "s2")), 5).shown());
  }

  private static SourceView source(String id, String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (String text : paragraphs) {
      blocks.add(new Block(BlockKind.PARAGRAPH, text, blocks.size() + 1));
      sentences.add(new Sentence("s" + (sentences.size() + 1), blocks.size() - 1, 0, text.length(), text));
    }
    Article article = new Article(id, id + ".txt", "text", Metadata.EMPTY, blocks, List.of(),
        List.of(), "hash-" + id);
    AnalyzedArticle analysis = new AnalyzedArticle(id, "hash-" + id, "test", "2023-02-07",
        sentences, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    return SourceView.of(article, id + ".txt", analysis, List.of());
  }
}
