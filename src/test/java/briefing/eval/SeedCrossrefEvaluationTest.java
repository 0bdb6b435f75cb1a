package briefing.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Person;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed cross-referencing evaluation's scoring, on made-up sentences and people. */
class SeedCrossrefEvaluationTest {
  private static final Citation A1 = new Citation("a", "s1");
  private static final Citation A2 = new Citation("a", "s2");
  private static final Citation B1 = new Citation("b", "s1");
  private static final Citation C1 = new Citation("c", "s1");

  @Test
  void aSentenceOfTwoHappeningsPairsWithEachAndOnlyPairsAcrossArticlesCount() {
    Map<Citation, Set<String>> gold = Map.of(A1, Set.of("vote", "strike"), A2, Set.of("vote"),
        B1, Set.of("strike"), C1, Set.of("vote"));
    // gold pairs: a1-b1 (strike), a1-c1, a2-c1 (vote); a1-a2 is one article's
    SeedCrossrefEvaluation.Pairs p = SeedCrossrefEvaluation.pairs(gold,
        List.of(Set.of(A1, A2, B1), Set.of(A2, C1, new Citation("c", "s9"))));
    // linked: a1-b1 (right), a2-b1 (wrong), a2-c1 (right); c s9 is in no gold row
    assertEquals(new SeedCrossrefEvaluation.Pairs(3, 3, 2), p);
  }

  @Test
  void aDescriptionIsLinkedOnlyWhenNoUnnamedPersonKeepsIt() {
    Citation said = new Citation("b", "s4");
    Person named = new Person("ana-holt", "Ana Holt", List.of(), null,
        List.of(new Attested("Ana Holt", List.of(A1))), List.of(A1, said), List.of());
    Person described = new Person("harbour-spokesperson", "harbour spokesperson", List.of(), null,
        List.of(), List.of(said), List.of());
    SeedCrossrefEvaluation.Row toHolt =
        new SeedCrossrefEvaluation.Row("link", "Ana Holt", said, "harbour spokesperson");
    SeedCrossrefEvaluation.Row apart =
        new SeedCrossrefEvaluation.Row("link", "-", said, "harbour spokesperson");

    assertTrue(SeedCrossrefEvaluation.linked(List.of(named), toHolt));
    assertFalse(SeedCrossrefEvaluation.linked(List.of(named, described), toHolt));
    assertTrue(SeedCrossrefEvaluation.linked(List.of(named, described), apart));
    assertFalse(SeedCrossrefEvaluation.linked(List.of(named), apart));
  }
}
