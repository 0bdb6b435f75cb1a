package briefing.crossref.quotes;

import java.util.List;

/** Which words of one text another text has too, in the same order: a longest common subsequence. */
final class WordDiff {
  private WordDiff() {}

  /**
   * The length of the longest common subsequence of {@code a} and {@code b}, in one row of
   * memory: the comparison every candidate pair of quotes costs.
   */
  static int common(int[] a, int[] b) {
    int[] next = new int[b.length + 1];
    int[] row = new int[b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        row[j] = a[i] == b[j] ? next[j + 1] + 1 : Math.max(next[j], row[j + 1]);
      }
      int[] done = next;
      next = row;
      row = done;
    }
    return next[0];
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
