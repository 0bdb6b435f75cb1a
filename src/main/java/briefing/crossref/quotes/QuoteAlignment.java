package briefing.crossref.quotes;

import briefing.crossref.CastOfPeople;
import briefing.crossref.ComparisonWords;
import briefing.crossref.DisjointSets;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.briefing.QuoteComparison.Version;
import briefing.model.briefing.QuoteComparison.Word;
import briefing.model.briefing.QuoteComparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The same statement carried by several sources, side by side. Two quotes are the same statement
 * when their words are the same; when one holds nearly all the other's words in order (a
 * fragment quoted from a fuller quote: {@link #CONTAINED} of the shorter's words); or when most
 * of both are common (a paraphrase: twice the common words over both lengths at least
 * {@link #PARAPHRASE}). Quotes under {@link #MIN_WORDS} words match only the same words. Common
 * words are a longest common subsequence of the lowercased words.
 *
 * <p>Credits are compared by person id where the cast knows every speaker, else by the speaker's
 * last word as written, so "Arkady Ivanov" and "Ivanov" are one credit before people merge.
 */
public final class QuoteAlignment {
  /** The share of the shorter quote's words the longer must hold, in order. */
  static final double CONTAINED = 0.8;
  /** A quote of fewer words matches only the same words: "a mistake" is too common a phrase. */
  static final int MIN_WORDS = 3;
  /** The least 2·common/(length a + length b) for two quotes to be one statement reworded. */
  static final double PARAPHRASE = 0.5;

  private QuoteAlignment() {}

  /**
   * Every statement at least two sources quote, one version per source in article order, each
   * word marked shared or not; most versions first, then by where the first version is written.
   */
  public static List<QuoteComparison> align(List<Source> sources, CastOfPeople cast) {
    List<QuoteMention> mentions = new ArrayList<>();
    for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      int order = 0;
      for (Quote quote : source.analysis().quotes()) {
        mentions.add(QuoteMention.of(source.id(), order++, quote, cast));
      }
    }
    List<Pair> pairs = new ArrayList<>();
    // Words as numbers, once: the comparisons below run on arrays of ints.
    Map<String, Integer> numbers = new HashMap<>();
    List<int[]> words = mentions.stream()
        .map(m -> m.words().stream().mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).toArray())
        .toList();
    List<int[][]> counts = words.stream().map(QuoteAlignment::counts).toList();
    // each word's postings: the quotes that hold it, in increasing order, and how often each
    // holds it (as arrays: looking each count up again was a fifth of aligning the quotes)
    int[] held = new int[numbers.size()];
    for (int[][] c : counts) {
      for (int word : c[0]) {
        held[word]++;
      }
    }
    int[][] holders = new int[numbers.size()][];
    int[][] times = new int[numbers.size()][];
    for (int w = 0; w < held.length; w++) {
      holders[w] = new int[held[w]];
      times[w] = new int[held[w]];
      held[w] = 0;
    }
    for (int i = 0; i < mentions.size(); i++) {
      int[][] c = counts.get(i);
      for (int k = 0; k < c[0].length; k++) {
        int word = c[0][k];
        holders[word][held[word]] = i;
        times[word][held[word]++] = c[1][k];
      }
    }
    int[] shared = new int[mentions.size()];
    WordDiff.Positions[] positions = new WordDiff.Positions[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      // A match shares enough words to pass one of the thresholds of similarity (the words in
      // common in order are never more than the words shared), or is the same words: only
      // those pairs are compared word by word. Quadratic comparing took tens of seconds on
      // hundreds of articles.
      int[][] mine = counts.get(i);
      List<Integer> touched = new ArrayList<>();
      for (int k = 0; k < mine[0].length; k++) {
        int[] having = holders[mine[0][k]];
        int[] often = times[mine[0][k]];
        for (int at = having.length - 1; at >= 0 && having[at] > i; at--) {
          int j = having[at];
          if (shared[j] == 0) {
            touched.add(j);
          }
          shared[j] += Math.min(mine[1][k], often[at]);
        }
      }
      QuoteMention a = mentions.get(i);
      for (int j : touched) {
        QuoteMention b = mentions.get(j);
        int inCommon = shared[j];
        shared[j] = 0;
        int[] ours = words.get(i);
        int[] theirs = words.get(j);
        // the same numbers are the same words
        if (a.article().equals(b.article())
            || inCommon < needed(ours.length, theirs.length) && !Arrays.equals(ours, theirs)) {
          continue;
        }
        double similarity;
        if (ours.length == 0 || theirs.length == 0 || Arrays.equals(ours, theirs)) {
          similarity = similarity(ours, theirs);
        } else {
          // the shorter quote's word positions, made once however many quotes it is compared with
          int shorter = ours.length <= theirs.length ? i : j;
          if (positions[shorter] == null) {
            positions[shorter] = new WordDiff.Positions(words.get(shorter));
          }
          similarity = likeness(ours.length, theirs.length, positions[shorter].common(shorter == i ? theirs : ours));
        }
        if (similarity > 0) {
          pairs.add(new Pair(i, j, similarity));
        }
      }
    }
    pairs.sort(Comparator.comparing((Pair p) -> -p.similarity).thenComparing(Pair::i).thenComparing(Pair::j));
    DisjointSets<Integer> clusters = new DisjointSets<>(i -> mentions.get(i).article());
    pairs.forEach(p -> clusters.joinIfApart(p.i, p.j));
    return DisjointSets.groups(clusters, mentions).stream().filter(c -> c.size() >= 2).map(QuoteAlignment::compare)
        .sorted(Comparator.comparing((QuoteComparison c) -> -c.versions().size())
            .thenComparing(c -> c.versions().get(0).quote().citation()))
        .toList();
  }

  /** The fewest words two quotes of these lengths must share to be alike (see similarity). */
  static int needed(int a, int b) {
    double contained = CONTAINED * Math.min(a, b);
    double paraphrase = PARAPHRASE * (a + b) / 2.0;
    return Math.max(1, (int) Math.ceil(Math.min(contained, paraphrase) - 1e-9));
  }

  /** The distinct words in increasing order, and how often each occurs. */
  private static int[][] counts(int[] words) {
    int[] sorted = words.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    int[][] counts = new int[2][sorted.length];
    for (int k = 0; k < sorted.length; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        counts[0][distinct++] = sorted[k];
      }
      counts[1][distinct - 1]++;
    }
    return new int[][] {Arrays.copyOf(counts[0], distinct), Arrays.copyOf(counts[1], distinct)};
  }

  /**
   * How alike two quotes' words are, from 0 (not the same statement) to 1 (the same words); the
   * greater of containment and paraphrase likeness where either passes its threshold.
   */
  static double similarity(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    if (Arrays.equals(a, b)) {
      return 1;
    }
    return likeness(a.length, b.length, WordDiff.common(a, b));
  }

  /** {@link #similarity} of two different quotes of these lengths with {@code common} words in common, in order. */
  private static double likeness(int a, int b, int common) {
    int shorter = Math.min(a, b);
    if (shorter < MIN_WORDS) {
      return 0;
    }
    double contained = (double) common / shorter;
    double paraphrase = 2.0 * common / (a + b);
    double best = 0;
    if (contained >= CONTAINED) {
      best = contained;
    }
    if (paraphrase >= PARAPHRASE) {
      best = Math.max(best, paraphrase);
    }
    return best;
  }

  private static QuoteComparison compare(List<QuoteMention> cluster) {
    List<QuoteMention> ordered = cluster.stream()
        .sorted(Comparator.comparing(QuoteMention::citation).thenComparing(QuoteMention::order)).toList();
    List<Version> versions = new ArrayList<>();
    for (int v = 0; v < ordered.size(); v++) {
      versions.add(new Version(ordered.get(v).ref(), words(ordered, v)));
    }
    List<QuoteMention> attributed = ordered.stream().filter(QuoteMention::attributed).toList();
    boolean allKnown = attributed.stream().allMatch(m -> m.person() != null);
    Set<String> credits = new TreeSet<>();
    attributed.forEach(m -> credits.add(allKnown ? m.person() : m.surname()));
    Set<String> people = new TreeSet<>();
    attributed.stream().map(QuoteMention::person).filter(Objects::nonNull).forEach(people::add);
    String speaker = credits.size() == 1 && people.size() == 1 ? people.iterator().next() : null;
    return new QuoteComparison(speaker, versions, credits.size() > 1);
  }

  /**
   * The words of version {@code v} as written, each marked shared when the first version has it
   * (for the first version: when any other version has it), by longest common subsequence.
   */
  private static List<Word> words(List<QuoteMention> versions, int v) {
    List<String> written = ComparisonWords.written(versions.get(v).quote().text());
    List<String> mine = versions.get(v).words();
    boolean[] shared = new boolean[mine.size()];
    for (int o = 0; o < versions.size(); o++) {
      if (o != v && (v == 0 || o == 0)) {
        boolean[] with = WordDiff.shared(mine, versions.get(o).words());
        for (int k = 0; k < shared.length; k++) {
          shared[k] |= with[k];
        }
      }
    }
    List<Word> words = new ArrayList<>();
    for (int k = 0; k < written.size(); k++) {
      words.add(new Word(written.get(k), shared[k]));
    }
    return words;
  }

  private record Pair(int i, int j, double similarity) {}
}
