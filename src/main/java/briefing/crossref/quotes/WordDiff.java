package briefing.crossref.quotes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which words of one text another text has too, in the same order: a longest common subsequence. */
final class WordDiff {
  private WordDiff() {}

  /**
   * The length of the longest common subsequence of {@code a} and {@code b}: the comparison
   * every candidate pair of quotes costs. Bit-parallel (Hyyrö, "Bit-parallel LCS-length
   * computation revisited", 2004): a bit per word of the shorter text, 64 of them advanced at
   * once for each word of the longer, so two quotes of 100 words cost 200 steps, not 10,000.
   */
  static int common(int[] a, int[] b) {
    return a.length <= b.length ? new Positions(a).common(b) : new Positions(b).common(a);
  }

  /**
   * Where each word stands in one text, as bit masks: what {@link #common} needs of the shorter
   * of two texts, made once per text however many texts it is compared with.
   */
  static final class Positions {
    private final int length;
    /** The text's distinct words, in increasing order. */
    private final int[] words;
    /** For each of those words, a bit per place in the text where it stands. */
    private final long[][] masks;

    Positions(int[] text) {
      length = text.length;
      words = Arrays.stream(text).distinct().sorted().toArray();
      int width = (length + 63) >>> 6;
      masks = new long[words.length][width];
      for (int i = 0; i < length; i++) {
        masks[Arrays.binarySearch(words, text[i])][i >>> 6] |= 1L << (i & 63);
      }
    }

    /** The length of the longest common subsequence of this text and {@code other}, no shorter. */
    int common(int[] other) {
      int m = length;
      if (m == 0) {
        return 0;
      }
      int width = (m + 63) >>> 6;
      long[] v = new long[width];
      Arrays.fill(v, -1L);
      for (int word : other) {
        int at = Arrays.binarySearch(words, word);
        if (at < 0) {
          continue;
        }
        long[] match = masks[at];
        long carry = 0;
        for (int k = 0; k < width; k++) {
          long u = v[k] & match[k];
          long sum = v[k] + u;
          long carried = Long.compareUnsigned(sum, v[k]) < 0 ? 1 : 0;
          long total = sum + carry;
          carry = carried | (Long.compareUnsigned(total, sum) < 0 ? 1 : 0);
          v[k] = total | (v[k] & ~match[k]);
        }
      }
      // each 0 bit among the first m is a word of the common subsequence
      int ones = 0;
      for (int k = 0; k < width; k++) {
        long live = k < width - 1 || (m & 63) == 0 ? -1L : (1L << (m & 63)) - 1;
        ones += Long.bitCount(v[k] & live);
      }
      return m - ones;
    }
  }

  /**
   * For each word of {@code a}, true when it is part of a longest common subsequence with
   * {@code b} (one such subsequence, the same for the same input).
   */
  static boolean[] shared(List<String> words, List<String> others) {
    // as numbers, so the table's comparisons are of ints
    Map<String, Integer> numbers = new HashMap<>();
    int[] a = words.stream().mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).toArray();
    int[] b = others.stream().mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).toArray();
    int[][] t = table(a, b);
    boolean[] shared = new boolean[a.length];
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared[i] = true;
        i++;
        j++;
      } else if (t[i + 1][j] >= t[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** t[i][j] is the LCS length of a from i and b from j. */
  private static int[][] table(int[] a, int[] b) {
    int[][] t = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      int[] row = t[i];
      int[] below = t[i + 1];
      for (int j = b.length - 1; j >= 0; j--) {
        row[j] = a[i] == b[j] ? below[j + 1] + 1 : Math.max(below[j], row[j + 1]);
      }
    }
    return t;
  }
}
