package briefing.eval;

import briefing.eval.TimeMlDocument.Timex3;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts time expressions the way TempEval-3 scores them: extents match relaxed (they overlap) or
 * strict (same characters); a value counts only on a relaxed extent match.
 */
final class TimexScore {
  /** One gold expression the system missed or got wrong, for the list of misses. */
  record Miss(String document, Timex3 gold, Timex3 system) {}

  private int documents;
  private int goldCount;
  private int systemCount;
  private int relaxed;
  private int strict;
  private int valueRight;
  private int typeRight;
  private final Map<String, int[]> byType = new TreeMap<>();
  private final List<Miss> misses = new ArrayList<>();

  /** Scores one document's system expressions against its gold ones, each matched at most once. */
  void count(String document, List<Timex3> gold, List<Timex3> system) {
    documents++;
    goldCount += gold.size();
    systemCount += system.size();
    boolean[] used = new boolean[system.size()];
    for (Timex3 g : gold) {
      int[] t = byType.computeIfAbsent(g.type(), k -> new int[3]);
      t[0]++;
      int best = -1;
      for (int i = 0; i < system.size(); i++) {
        Timex3 s = system.get(i);
        if (!used[i] && s.start() < g.end() && g.start() < s.end()) {
          if (best < 0 || (s.start() == g.start() && s.end() == g.end())) {
            best = i;
          }
        }
      }
      if (best < 0) {
        misses.add(new Miss(document, g, null));
        continue;
      }
      used[best] = true;
      Timex3 s = system.get(best);
      relaxed++;
      t[1]++;
      if (s.start() == g.start() && s.end() == g.end()) {
        strict++;
      }
      if (Objects.equals(s.type(), g.type())) {
        typeRight++;
      }
      if (Objects.equals(s.value(), g.value())) {
        valueRight++;
        t[2]++;
      } else {
        misses.add(new Miss(document, g, s));
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        misses.add(new Miss(document, null, system.get(i)));
      }
    }
  }

  /** Prints the counts, the extent and value scores, and the per-type breakdown. */
  void print(PrintStream out) {
    out.printf("documents:          %d%n", documents);
    out.printf("gold TIMEX3s:       %d%n", goldCount);
    out.printf("system TIMEX3s:     %d%n", systemCount);
    prf(out, "relaxed extent", relaxed);
    prf(out, "strict extent", strict);
    out.printf("type accuracy:      %.3f (%d of %d relaxed matches)%n", ratio(typeRight, relaxed),
        typeRight, relaxed);
    out.printf("value accuracy:     %.3f (%d of %d relaxed matches)%n", ratio(valueRight, relaxed),
        valueRight, relaxed);
    prf(out, "value", valueRight);
    out.println("by gold type:       gold  found  value-right  value-recall");
    byType.forEach((type, t) -> out.printf("  %-16s %6d %6d %12d %13.3f%n", type, t[0], t[1], t[2],
        ratio(t[2], t[0])));
  }

  /** Prints every gold expression missed or valued wrongly, and every spurious system one. */
  void printMisses(PrintStream out) {
    for (Miss m : misses) {
      if (m.gold() == null) {
        out.printf("%s  spurious  %-28s %s %s%n", m.document(), quote(m.system().text()),
            m.system().type(), m.system().value());
      } else if (m.system() == null) {
        out.printf("%s  missed    %-28s %s %s%n", m.document(), quote(m.gold().text()),
            m.gold().type(), m.gold().value());
      } else {
        out.printf("%s  value     %-28s gold %s %s  system %s %s %s%n", m.document(),
            quote(m.gold().text()), m.gold().type(), m.gold().value(), quote(m.system().text()),
            m.system().type(), m.system().value());
      }
    }
  }

  private void prf(PrintStream out, String label, int right) {
    double p = ratio(right, systemCount);
    double r = ratio(right, goldCount);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    out.printf("%-19s P %.3f  R %.3f  F1 %.3f%n", label + ":", p, r, f);
  }

  private static String quote(String s) {
    return "'" + s.replaceAll("\\s+", " ") + "'";
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
