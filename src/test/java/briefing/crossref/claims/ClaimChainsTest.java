package briefing.crossref.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.crossref.DisjointSets;
import briefing.model.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Claims that hold the same statement are one claim, but never through a chain: on a big story
 * a line many reports repeat sits in many claims, and joining through it made one "claim" of
 * thousands of sentences.
 */
class ClaimChainsTest {
  /** Statement i is sentence s1 of article "a{i}": every statement its own sentence. */
  private static List<Statement> statements(int n) {
    List<Statement> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(new Statement(new Citation("a" + i, "s1"), "statement " + i, Set.of(), Set.of(), true, List.of()));
    }
    return all;
  }

  @Test
  void sentencesEachLikeTheNextOnlyDoNotChainIntoOneClaim() {
    // statement i is like i + 1 only: a chain of twenty, each of its own source
    List<Claims.Pair> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < 20; i++) {
      pairs.add(new Claims.Pair(i, i + 1, 1.0));
    }
    DisjointSets<Integer> groups = new DisjointSets<>(i -> "a" + i);
    Claims.joinLinked(groups, pairs);
    List<List<Integer>> found = DisjointSets.groups(groups, IntStream.range(0, 20).boxed().toList());
    // a group of n takes a sentence linked to one member only while 1 >= LINKED * n
    assertTrue(found.stream().allMatch(g -> g.size() <= 1 / Claims.LINKED + 1), found.toString());
    assertTrue(found.size() < 20, "neighbours still join: " + found);
  }

  @Test
  void sentencesAllLikeOneAnotherAreOneClaim() {
    List<Claims.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      for (int j = i + 1; j < 12; j++) {
        pairs.add(new Claims.Pair(i, j, 1.0));
      }
    }
    DisjointSets<Integer> groups = new DisjointSets<>(i -> "a" + i);
    Claims.joinLinked(groups, pairs);
    assertEquals(1, DisjointSets.groups(groups, IntStream.range(0, 12).boxed().toList()).size());
  }

  @Test
  void aSentenceLikeTwoOfABigClaimDoesNotWidenIt() {
    // a claim found with fifteen sentences; sentence 15 is like two of them, sentence 16 like four
    List<List<Integer>> claims = List.of(new ArrayList<>(IntStream.range(0, 15).boxed().toList()));
    List<Claims.Pair> pairs = new ArrayList<>(List.of(new Claims.Pair(0, 15, 1.0), new Claims.Pair(1, 15, 1.0)));
    IntStream.range(2, 6).forEach(i -> pairs.add(new Claims.Pair(i, 16, 1.0)));

    Claims.widen(claims, pairs, statements(17));

    assertEquals(IntStream.rangeClosed(0, 16).filter(i -> i != 15).boxed().toList(), claims.get(0),
        "two of fifteen is how a claim of hundreds grows by what is only like a few of it");
  }

  @Test
  void aSentenceLikeTwoOfASmallClaimWidensIt() {
    List<List<Integer>> claims = List.of(new ArrayList<>(List.of(0, 1, 2)));

    Claims.widen(claims, List.of(new Claims.Pair(0, 3, 1.0), new Claims.Pair(1, 3, 1.0)), statements(4));

    assertEquals(List.of(0, 1, 2, 3), claims.get(0));
  }

  @Test
  void twoClaimsHoldingOneStatementAreOne() {
    List<List<Integer>> joined = Claims.joinedByOneStatement(List.of(List.of(0, 1, 2), List.of(2, 3)), statements(4));
    assertEquals(List.of(List.of(0, 1, 2, 3)), joined);
  }

  @Test
  void claimsJoinedOneToTheNextDoNotChain() {
    // 0 and 1 share statement 2, 1 and 2 share statement 4: the third joins no one
    List<List<Integer>> joined = Claims.joinedByOneStatement(
        List.of(List.of(0, 1, 2), List.of(2, 3, 4), List.of(4, 5, 6)), statements(7));
    assertEquals(List.of(List.of(0, 1, 2, 3, 4), List.of(4, 5, 6)), joined);
  }

  @Test
  void aStatementManyClaimsHoldJoinsNone() {
    List<List<Integer>> joined = Claims.joinedByOneStatement(
        List.of(List.of(0, 1, 9), List.of(2, 3, 9), List.of(4, 5, 9)), statements(10));
    assertEquals(List.of(List.of(0, 1, 9), List.of(2, 3, 9), List.of(4, 5, 9)), joined);
  }

  /** Statements 0 to 2 of sentences of their own, then sentence "b s1" whole and its clauses. */
  private static List<Statement> withClauses(int... wordsOfClauses) {
    List<Statement> all = new ArrayList<>(statements(3));
    Set<String> five = Set.of("one", "two", "three", "four", "five");
    all.add(new Statement(new Citation("b", "s1"), "the whole", five, Set.of(), true, List.of()));
    for (int words : wordsOfClauses) {
      all.add(new Statement(new Citation("b", "s1"), "the whole",
          Set.copyOf(List.copyOf(five).subList(0, words)), Set.of(), false, List.of()));
    }
    return all;
  }

  @Test
  void aSentenceAndItsOnlyClauseWithWordsEnoughAreTheSameWords() {
    // "Dunmore seized and flooded the valley in 2015 …" splits into a stub and one clause: the
    // claim holding the sentence and the one holding that clause hold the same words
    List<List<Integer>> joined = Claims.joinedByOneStatement(
        List.of(List.of(0, 1, 4), List.of(2, 3)), withClauses(5, 1));
    assertEquals(List.of(List.of(0, 1, 2, 3)), joined);
  }

  @Test
  void twoClausesWithWordsEnoughOfOneSentenceKeepTheirClaimsApart() {
    List<List<Integer>> claims = List.of(List.of(0, 1, 4), List.of(2, 5));
    assertEquals(claims, Claims.joinedByOneStatement(claims, withClauses(5, 5)));
  }
}
