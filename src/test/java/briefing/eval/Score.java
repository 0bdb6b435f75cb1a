package briefing.eval;

import java.io.PrintStream;

/** Counts snippet outcomes and prints them the way trafilatura's comparison.py scores them. */
final class Score {
  private int truePositives;
  private int falseNegatives;
  private int falsePositives;
  private int trueNegatives;

  /** Counts one snippet: whether it should be in the text, and whether it was. */
  void count(boolean wanted, boolean found) {
    if (wanted) {
      if (found) {
        truePositives++;
      } else {
        falseNegatives++;
      }
    } else if (found) {
      falsePositives++;
    } else {
      trueNegatives++;
    }
  }

  /** Prints kept and removed shares, then precision, recall, F1 and accuracy. */
  void print(PrintStream out) {
    double kept = ratio(truePositives, truePositives + falseNegatives);
    double removed = ratio(trueNegatives, trueNegatives + falsePositives);
    double precision = ratio(truePositives, truePositives + falsePositives);
    double recall = ratio(truePositives, truePositives + falseNegatives);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double accuracy = ratio(truePositives + trueNegatives,
        truePositives + trueNegatives + falsePositives + falseNegatives);
    out.printf("kept:       %.1f%% (%d of %d must_contain found)%n", 100 * kept, truePositives,
        truePositives + falseNegatives);
    out.printf("removed:    %.1f%% (%d of %d must_not_contain absent)%n", 100 * removed,
        trueNegatives, trueNegatives + falsePositives);
    out.printf("precision:  %.3f%nrecall:     %.3f%nF1:         %.3f%naccuracy:   %.3f%n",
        precision, recall, f1, accuracy);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
