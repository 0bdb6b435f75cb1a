package briefing.crossref.claims;

import briefing.crossref.ComparisonWords;
import briefing.crossref.DisjointSets;
import briefing.crossref.Ids;
import briefing.model.BlockKind;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Claim;
import briefing.text.UniqueIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Statements several sources report. Two sentences of different sources make one claim when
 * the words they share are rare enough in the story to say the same thing: a weighted overlap
 * of their content words (each word weighted by how few sentences use it) of at least
 * {@link #SAME}. Only sentences sharing a rare word are compared, so the cost grows with the
 * story, not with its square.
 */
public final class Claims {
  /** Weighted overlap (cosine) at which two sentences are taken to state one claim. */
  static final double SAME = 0.25;
  /** Words written in lower case that two sentences must share: what they say, not only of whom. */
  private static final int SAID = 2;
  /** How many first letters of a word are compared. */
  private static final int STEM = 5;
  /** Fewer content words than this and a sentence is too short to state a claim. */
  private static final int MIN_WORDS = 5;
  /** The rarest words of a sentence that key its comparisons. */
  private static final int KEYS = 6;
  /** A word in more sentences than this keys no comparison: it is the story's, not a claim's. */
  private static final int COMMON = 40;

  private Claims() {}

  /** A sentence, its content words, and those of them it writes in lower case: what it says of whom. */
  private record Statement(Citation citation, String text, Set<String> words, Set<String> said) {}

  private record Pair(int a, int b, double score) {}

  /** The claims of {@code sources}, most sources first, then in citation order. */
  public static List<Claim> find(List<Source> sources) {
    List<Statement> statements = statements(sources);
    Map<String, Integer> frequency = new HashMap<>();
    statements.forEach(s -> s.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
    int n = statements.size();
    Map<String, List<Integer>> byKey = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      // a word no other sentence uses can key no comparison
      statements.get(i).words().stream().filter(w -> frequency.get(w) > 1 && frequency.get(w) <= COMMON)
          .sorted(Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(w -> w))
          .limit(KEYS).forEach(w -> byKey.computeIfAbsent(w, k -> new ArrayList<>()).add(index));
    }
    Set<Long> seen = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (List<Integer> holders : byKey.values()) {
      for (int x = 0; x < holders.size(); x++) {
        for (int y = x + 1; y < holders.size(); y++) {
          int a = holders.get(x);
          int b = holders.get(y);
          if (statements.get(a).citation().article().equals(statements.get(b).citation().article())
              || !seen.add((long) a * n + b)) {
            continue;
          }
          double score = similarity(statements.get(a), statements.get(b), frequency, n);
          if (score >= SAME) {
            pairs.add(new Pair(a, b, score));
          }
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a)
        .thenComparingInt(Pair::b));
    DisjointSets<Integer> groups =
        new DisjointSets<>(i -> statements.get(i).citation().article());
    pairs.forEach(p -> groups.joinIfApart(p.a(), p.b()));
    List<Claim> claims = new ArrayList<>();
    UniqueIds ids = Ids.forListedPages();
    for (List<Statement> group : DisjointSets.groups(groups, statements)) {
      if (group.size() < 2) {
        continue;
      }
      Statement summary = group.stream()
          .max(Comparator.comparingDouble((Statement s) -> group.stream().filter(o -> o != s)
                  .mapToDouble(o -> similarity(s, o, frequency, n)).sum()
                  - (quoted(s.text()) ? 1 : 0))
              .thenComparing(Statement::citation, Comparator.reverseOrder()))
          .orElseThrow();
      claims.add(new Claim(ids.next(String.join(" ", ComparisonWords.written(summary.text())
              .subList(0, Math.min(6, ComparisonWords.written(summary.text()).size())))),
          summary.text(), summary.citation(),
          group.stream().map(s -> new Claim.Version(s.text(), s.citation())).toList()));
    }
    claims.sort(Comparator.comparingInt((Claim c) -> -c.sources().size())
        .thenComparing(c -> c.versions().get(0).citation()));
    return claims;
  }

  /** Body sentences long enough to state something, with their content words. */
  private static List<Statement> statements(List<Source> sources) {
    List<Statement> statements = new ArrayList<>();
    for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      for (Sentence s : source.analysis().sentences()) {
        if (s.isHeadline() || s.block() < source.article().blocks().size()
            && source.article().blocks().get(s.block()).kind() == BlockKind.CAPTION) {
          continue;
        }
        Set<String> words = new LinkedHashSet<>(stems(ComparisonWords.content(s.text())));
        if (words.size() >= MIN_WORDS) {
          Set<String> said = new HashSet<>();
          ComparisonWords.written(s.text()).stream().filter(w -> Character.isLowerCase(w.charAt(0)))
              .forEach(w -> said.addAll(stems(ComparisonWords.content(w))));
          said.retainAll(words);
          statements.add(new Statement(new Citation(source.id(), s.id()), s.text(), words, said));
        }
      }
    }
    return statements;
  }

  /**
   * Words cut to their first letters, so that "threat" and "threatened", "impose" and "imposed"
   * count as one word: paraphrase changes a word's ending more often than its stem.
   */
  private static List<String> stems(List<String> words) {
    return words.stream().map(w -> w.length() > STEM ? w.substring(0, STEM) : w).toList();
  }

  /**
   * The cosine of two sentences' content words, each weighted by its rarity in the story; 0 where
   * they share fewer than {@link #SAID} words written in lower case: two sentences naming the same
   * people state one claim only where they also say the same of them.
   */
  private static double similarity(Statement a, Statement b, Map<String, Integer> frequency, int n) {
    if (a.said().stream().filter(b.said()::contains).count() < SAID) {
      return 0;
    }
    double shared = 0;
    for (String w : a.words()) {
      if (b.words().contains(w)) {
        shared += square(weight(w, frequency, n));
      }
    }
    if (shared == 0) {
      return 0;
    }
    return shared / Math.sqrt(norm(a, frequency, n) * norm(b, frequency, n));
  }

  private static double norm(Statement s, Map<String, Integer> frequency, int n) {
    return s.words().stream().mapToDouble(w -> square(weight(w, frequency, n))).sum();
  }

  private static double weight(String word, Map<String, Integer> frequency, int n) {
    return Math.log((n + 1.0) / (frequency.getOrDefault(word, 0) + 1.0));
  }

  private static double square(double x) {
    return x * x;
  }

  private static boolean quoted(String text) {
    return text.startsWith("“") || text.startsWith("\"");
  }
}
