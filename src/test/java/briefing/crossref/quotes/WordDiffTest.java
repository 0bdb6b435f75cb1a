package briefing.crossref.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit-parallel longest common subsequence the quote comparisons run on, against the full table. */
class WordDiffTest {
  @Test
  void knownCases() {
    assertEquals(0, WordDiff.common(new int[] {}, new int[] {1, 2}));
    assertEquals(3, WordDiff.common(new int[] {1, 2, 3}, new int[] {1, 2, 3}));
    assertEquals(2, WordDiff.common(new int[] {1, 2, 3, 4}, new int[] {2, 9, 4}));
    assertEquals(2, WordDiff.common(new int[] {3, 1, 2}, new int[] {1, 2, 3}));
  }

  @Test
  void agreesWithTheFullTableOnRandomWords() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      int[] a = random.ints(random.nextInt(12), 0, 5).toArray();
      int[] b = random.ints(random.nextInt(12), 0, 5).toArray();
      int shared = 0;
      for (boolean s : WordDiff.shared(words(a), words(b))) {
        shared += s ? 1 : 0;
      }
      assertEquals(shared, WordDiff.common(a, b), () -> java.util.Arrays.toString(a) + " " + java.util.Arrays.toString(b));
    }
  }

  @Test
  void agreesWithTheFullTableOnLongTextsAcrossMachineWords() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      int[] lengths = {63, 64, 65, 127, 128, 129, 1 + random.nextInt(300)};
      int[] a = random.ints(lengths[random.nextInt(lengths.length)], 0, 2 + random.nextInt(40)).toArray();
      int[] b = random.ints(lengths[random.nextInt(lengths.length)], 0, 2 + random.nextInt(40)).toArray();
      int shared = 0;
      for (boolean s : WordDiff.shared(words(a), words(b))) {
        shared += s ? 1 : 0;
      }
      assertEquals(shared, WordDiff.common(a, b), "round " + round);
      assertEquals(shared, WordDiff.common(b, a), "round " + round);
    }
  }

  private static List<String> words(int[] numbers) {
    List<String> words = new ArrayList<>();
    for (int n : numbers) {
      words.add("w" + n);
    }
    return words;
  }
}
