package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Article;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.Figure;
import briefing.model.analysis.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one article yields: sentences, organisations and places, figures, credits. */
class AnalyzerTest {
  private final Analyzer analyzer = new Analyzer();

  @Test
  void sentencesAreNumberedHeadlineFirstAndPointBackIntoTheirBlocks() {
    Article article = Articles.dated("2023-02-07", "Storm closes harbour on Tuesday",
        "The harbour was closed on Tuesday. Ships waited offshore.",
        "The port authority said it would reopen on Friday.");
    AnalyzedArticle a = analyzer.analyze(article);
    List<Sentence> s = a.sentences();
    assertEquals(List.of("s1", "s2", "s3", "s4"), s.stream().map(Sentence::id).toList());
    assertTrue(s.get(0).isHeadline(), "the headline is its own sentence, never run into the text");
    assertEquals("Storm closes harbour on Tuesday", s.get(0).text());
    for (Sentence sentence : s.subList(1, s.size())) {
      String block = article.blocks().get(sentence.block()).text();
      assertEquals(sentence.text(), block.substring(sentence.start(), sentence.end()));
    }
    assertEquals("Ships waited offshore.", s.get(2).text());
  }

  @Test
  void figuresAreReadAsRangesWithWhatTheyCount() {
    AnalyzedArticle a = analyzer.analyze(Articles.dated("2022-01-10", "Troops gather",
        "Russia has massed about 100,000 troops near Ukraine's border.",
        "Washington promised $300 million in aid, and 60% of Ukrainians back the plan.",
        "Tens of thousands of people have fled, and at least 140 warships sailed.",
        "Hundreds of tanks moved while the two sides talked.",
        "Officials counted 90,000 soldiers Moscow has sent to the region."));
    Figure soldiers = figure(a, "soldiers");
    assertEquals(90_000, soldiers.low(), 1);
    Figure troops = figure(a, "troops");
    assertEquals(90_000, troops.low(), 1);
    assertEquals(110_000, troops.high(), 1);
    assertTrue(troops.approximate());
    assertEquals("near Ukraine's border", troops.place());
    Figure aid = figure(a, "USD");
    assertEquals(300_000_000, aid.low(), 1);
    assertEquals("aid", aid.subject());
    Figure share = figure(a, "%");
    assertEquals(60, share.low(), 0.01);
    assertEquals("Ukrainians", share.subject());
    Figure fled = figure(a, "people");
    assertEquals(20_000, fled.low(), 1);
    assertEquals(99_999, fled.high(), 1);
    Figure ships = figure(a, "warships");
    assertEquals(140, ships.low(), 0.01);
    assertTrue(ships.high() > ships.low(), "'at least' leaves the top open");
    Figure tanks = figure(a, "tanks");
    assertEquals(200, tanks.low(), 0.01);
    assertFalse(a.figures().stream().anyMatch(f -> f.unit().equals("sides")),
        "a small number written as a word is not a figure: " + a.figures());
  }

  @Test
  void aTimeOfDayIsNoFigure() {
    AnalyzedArticle a = analyzer.analyze(Articles.dated("2022-01-10", "Harbour shut",
        "Last updated at 22.09 BST, the harbour board said 40 ferries stayed in port.",
        "By 1801 GMT the quay had reopened, and at 11.30 pm the first ferry sailed."));
    assertEquals(List.of("ferries"), a.figures().stream().map(Figure::unit).toList(), a.figures()::toString);
  }

  @Test
  void anAcronymIsTiedToTheNameItAbbreviates() {
    AnalyzedArticle a = analyzer.analyze(Articles.dated("2022-01-10", "Talks continue",
        "Envoys will meet at the Organization for Security and Co-operation in Europe (OSCE) in Vienna.",
        "The OSCE has 57 member states."));
    List<EntityMention> osce = a.entities().stream().filter(e -> "OSCE".equals(e.acronym())).toList();
    assertEquals(3, osce.size(), "the expansion, the acronym beside it, the acronym alone: " + a.entities());
    assertTrue(osce.stream().allMatch(e -> e.name().equals("Organization for Security and Co-operation in Europe")));
    assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Europe")),
        "a place inside an organisation's name is not a place of the story");
    assertTrue(osce.stream().allMatch(e -> e.kind() == EntityMention.Kind.ORGANIZATION));
    assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Vienna") && e.kind() == EntityMention.Kind.PLACE));
  }

  @Test
  void writersAreCreditedAndNeverCountedAsNewsmakers() {
    Article article = Articles.read("a.txt", """
        ---
        published: 2023-02-07
        author: Tom Lee
        ---
        Harbour closes

        The harbour was closed, said harbour master Anna Berg. Tom Lee watched from the quay.
        """);
    AnalyzedArticle a = analyzer.analyze(article);
    assertTrue(a.credits().stream().anyMatch(c -> c.name().equals("Tom Lee") && c.role().equals("author")));
    assertTrue(a.people().stream().noneMatch(p -> "Tom Lee".equals(p.name())), () -> a.people().toString());
    assertTrue(a.people().stream().anyMatch(p -> "Anna Berg".equals(p.name())), () -> a.people().toString());
  }

  @Test
  void anArticleWithoutADateLeavesItsAnchorEmpty() {
    AnalyzedArticle a = analyzer.analyze(Articles.read("a.txt", "Harbour closes\n\nThe harbour closed on Tuesday.\n"));
    assertNull(a.anchor());
  }

  private static Figure figure(AnalyzedArticle a, String unit) {
    return a.figures().stream().filter(f -> unit.equals(f.unit())).findFirst()
        .orElseThrow(() -> new AssertionError("no figure of " + unit + " in " + a.figures()));
  }
}
