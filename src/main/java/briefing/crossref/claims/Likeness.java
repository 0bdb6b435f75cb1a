package briefing.crossref.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  /**
   * The names and figures two sentences must share besides for one shared word of what they say
   * to be enough: a list of places ("Fairport, Kilbride and Lochmaben"), not a pair of actors.
   */
  static final int NAMES = 3;
  /** The most words alike two sentences may share and still share only a phrase ("quid pro quo"). */
  static final int PHRASE = 3;

  private final Map<String, Integer> frequency = new HashMap<>();
  /** Each statement's words and said words as numbers, in the words' alphabetical order. */
  private final int[][] words;
  private final int[][] said;
  /** Whether each word, by number, is a said word that only attributes ({@link Statements#ATTRIBUTING}). */
  private final boolean[] attributing;
  /** Each word's weight, squared, by number. */
  private final double[] squared;
  private final double[] norms;
  private final int sentences;
  private final List<Statement> statements;

  Likeness(List<Statement> statements) {
    this.statements = statements;
    // rarity counts sentences: a clause's words are its sentence's
    statements.stream().filter(Statement::whole)
        .forEach(s -> s.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
    sentences = (int) statements.stream().filter(Statement::whole).count();
    // Words as numbers in alphabetical order: comparing two statements walks two sorted arrays,
    // and every sum is taken in one order, so the same story gives the same scores to the last
    // digit (H1N1: comparing sets of strings was most of finding claims).
    Set<String> distinct = new HashSet<>();
    statements.forEach(s -> {
      distinct.addAll(s.words());
      distinct.addAll(s.said());
    });
    List<String> all = new ArrayList<>(distinct);
    Collections.sort(all);
    Map<String, Integer> number = new HashMap<>(2 * all.size());
    squared = new double[all.size()];
    attributing = new boolean[all.size()];
    for (String w : all) {
      squared[number.size()] = square(weight(w));
      attributing[number.size()] = w.startsWith(Statements.ATTRIBUTING);
      number.put(w, number.size());
    }
    words = new int[statements.size()][];
    said = new int[statements.size()][];
    norms = new double[statements.size()];
    for (int i = 0; i < norms.length; i++) {
      words[i] = numbers(statements.get(i).words(), number);
      said[i] = numbers(statements.get(i).said(), number);
      for (int w : words[i]) {
        norms[i] += squared[w];
      }
    }
  }

  private static int[] numbers(Set<String> words, Map<String, Integer> number) {
    int[] numbers = words.stream().mapToInt(number::get).toArray();
    Arrays.sort(numbers);
    return numbers;
  }

  /** How many statements use {@code word}. */
  int frequency(String word) {
    return frequency.getOrDefault(word, 0);
  }

  /** The scores of statements {@code a} and {@code b}. */
  Score score(int a, int b) {
    int saidBoth = 0;
    int attributingBoth = 0;
    for (int i = 0, j = 0; i < said[a].length && j < said[b].length; ) {
      int x = said[a][i];
      int y = said[b][j];
      if (x == y) {
        saidBoth += attributing[x] ? 0 : 1;
        attributingBoth += attributing[x] ? 1 : 0;
      }
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    double shared = 0;
    int count = 0;
    for (int i = 0, j = 0; i < words[a].length && j < words[b].length; ) {
      int x = words[a][i];
      int y = words[b][j];
      if (x == y) {
        shared += squared[x];
        count++;
      }
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    // a short phrase that is all two sentences share ("took place", "quid pro quo") is one thing
    // said, however many words; not where they share a name too (of one actor, the words are what
    // is said of them: "Ruritania denied plans to invade"), nor a longer run of words alike
    Set<String> phrases = statements.get(a).phrases();
    int phrased = 0;
    if (saidBoth >= SAID && saidBoth <= PHRASE && count - attributingBoth == saidBoth
        && !phrases.isEmpty()) {
      for (String p : statements.get(b).phrases()) {
        phrased += phrases.contains(p) ? 1 : 0;
      }
    }
    // words that only attribute are neither said nor names: "told" twice is no third name
    return new Score(saidBoth - phrased, count - attributingBoth - phrased,
        shared == 0 ? 0 : shared / Math.sqrt(norms[a] * norms[b]));
  }

  /**
   * The overlap of two statements.
   *
   * @param said how many words written in lower case both use
   * @param shared how many words both use, words that only attribute aside
   * @param cosine the cosine of their weighted words
   */
  record Score(int said, int shared, double cosine) {
    /**
     * Whether the two state one claim: they share rare words enough and say something alike, or
     * they share so many rare words, mostly names, that one word of what they say is enough
     * ("airs in Fairport, Kilbride and Lochmaben" and "airing in Lochmaben, Fairport and
     * Kilbride"). Two actors and one word ("praised Varga and Brandt for agreeing to the debate" and
     * "Varga and Brandt were the only two who agreed to take part") are not enough: that is who
     * the story is about, and one word said of them.
     */
    boolean same() {
      return alike() && cosine >= (said >= SAID ? SAME : NAMED);
    }

    /** The cosine where the two say something alike, else 0. */
    double similarity() {
      return alike() ? cosine : 0;
    }

    private boolean alike() {
      return said >= SAID || said >= 1 && cosine >= NAMED && shared - said >= NAMES;
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
