package briefing.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Citation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventLinkEvaluationTest {
  private static final Citation FOX1 = new Citation("fox", "s1");
  private static final Citation FOX2 = new Citation("fox", "s2");
  private static final Citation NYT1 = new Citation("nyt", "s1");
  private static final Citation NYT2 = new Citation("nyt", "s2");
  private static final Citation HPO1 = new Citation("hpo", "s1");

  @Test
  void onlyPairsFromDifferentArticlesAreLinked() {
    Set<EventLinkEvaluation.Pair> pairs =
        EventLinkEvaluation.linkedPairs(List.of(List.of(FOX1, FOX2, NYT1), List.of(NYT1, FOX1)));
    assertEquals(Set.of(EventLinkEvaluation.Pair.of(FOX1, NYT1), EventLinkEvaluation.Pair.of(NYT1, FOX2)),
        pairs);
  }

  @Test
  void aPairWithASentenceReportingNoHappeningIsWrong() {
    Map<Citation, String> labels =
        Map.of(FOX1, "speech", FOX2, "-", NYT1, "speech", NYT2, "-", HPO1, "poll");
    EventLinkEvaluation.PairScore score = EventLinkEvaluation.score(labels,
        EventLinkEvaluation.linkedPairs(List.of(List.of(FOX1, NYT1, HPO1), List.of(FOX2, NYT2))));
    // gold: fox s1 + nyt s1; linked: fox1-nyt1 (right), fox1-hpo1, nyt1-hpo1, fox2-nyt2 (wrong)
    assertEquals(new EventLinkEvaluation.PairScore(1, 4, 1), score);
    assertEquals(0.25, score.precision());
    assertEquals(1.0, score.recall());
  }
}
