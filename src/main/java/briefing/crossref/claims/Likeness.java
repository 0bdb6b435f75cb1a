package briefing.crossref.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two statements of a story are: their content words, each weighted by how few of the
 * story's sentences use it.
 */
final class Likeness {
  /** Weighted overlap (cosine) at which two sentences are taken to state one claim. */
  static final double SAME = 0.25;
  /** Words written in lower case that two sentences must share: what they say, not only of whom. */
  static final int SAID = 2;
  /** The cosine at which one shared word written in lower case is enough. */
  static final double NAMED = 0.4;

  private final List<Statement> statements;
  private final Map<String, Integer> frequency = new HashMap<>();
  private final double[] norms;
  private final int sentences;

  Likeness(List<Statement> statements) {
    this.statements = statements;
    // rarity counts sentences: a clause's words are its sentence's
    statements.stream().filter(Statement::whole)
        .forEach(s -> s.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
    sentences = (int) statements.stream().filter(Statement::whole).count();
    norms = new double[statements.size()];
    for (int i = 0; i < norms.length; i++) {
      norms[i] = statements.get(i).words().stream().mapToDouble(w -> square(weight(w))).sum();
    }
  }

  /** How many statements use {@code word}. */
  int frequency(String word) {
    return frequency.getOrDefault(word, 0);
  }

  /** The scores of statements {@code a} and {@code b}. */
  Score score(int a, int b) {
    Statement x = statements.get(a);
    Statement y = statements.get(b);
    int said = (int) x.said().stream().filter(y.said()::contains).count();
    double shared = 0;
    for (String w : x.words()) {
      if (y.words().contains(w)) {
        shared += square(weight(w));
      }
    }
    return new Score(said, shared == 0 ? 0 : shared / Math.sqrt(norms[a] * norms[b]));
  }

  /**
   * The overlap of two statements.
   *
   * @param said how many words written in lower case both use
   * @param cosine the cosine of their weighted words
   */
  record Score(int said, double cosine) {
    /**
     * Whether the two state one claim: they share rare words enough and say something alike, or
     * they share so many rare words, mostly names, that one word of what they say is enough
     * ("airs in Fairport, Kilbride and Lochmaben" and "airing in Lochmaben, Fairport and
     * Kilbride").
     */
    boolean same() {
      return said >= SAID && cosine >= SAME || said >= 1 && cosine >= NAMED;
    }

    /** The cosine where the two say something alike, else 0. */
    double similarity() {
      return said >= SAID || said >= 1 && cosine >= NAMED ? cosine : 0;
    }

    /** How strongly, for ranking the joins. */
    double strength() {
      return same() ? cosine : 0;
    }
  }

  private double weight(String word) {
    int n = sentences;
    return Math.log((n + 1.0) / (frequency.getOrDefault(word, 0) + 1.0));
  }

  private static double square(double x) {
    return x * x;
  }
}
