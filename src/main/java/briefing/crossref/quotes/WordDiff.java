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
    int[] bits = a.length <= b.length ? a : b;
    int[] other = bits == a ? b : a;
    int m = bits.length;
    if (m == 0) {
      return 0;
    }
    int width = (m + 63) >>> 6;
    // where each word stands in the shorter text, as a bit mask
    Map<Integer, long[]> at = new HashMap<>();
    for (int i = 0; i < m; i++) {
      at.computeIfAbsent(bits[i], w -> new long[width])[i >>> 6] |= 1L << (i & 63);
    }
    long[] v = new long[width];
    Arrays.fill(v, -1L);
    for (int word : other) {
      long[] match = at.get(word);
      if (match == null) {
        continue;
      }
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

  /**
   * For each word of {@code a}, true when it is part of a longest common subsequence with
   * {@code b} (one such subsequence, the same for the same input).
   */
  static boolean[] shared(List<String> a, List<String> b) {
    int[][] t = table(a, b);
    boolean[] shared = new boolean[a.size()];
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
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
  private static int[][] table(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t;
  }
}
