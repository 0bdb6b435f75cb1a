package briefing.ingest;

import briefing.model.Article;
import briefing.model.Block;
import briefing.model.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds articles that are the same text under another name or from a syndicating site, by the
 * share of their five-word runs that they have in common, and keeps the first of each.
 */
final class Duplicates {
  /** The share of the shorter article's runs found in the other above which both are one. */
  static final double SAME = 0.8;
  private static final int RUN = 5;
  /** A run found in more articles than this is boilerplate, not evidence of copying. */
  private static final int COMMON = 50;

  private Duplicates() {}

  /** The articles with later duplicates dropped, each drop reported against its file. */
  static List<Article> keepOnce(List<Article> articles, List<Diagnostic> problems) {
    List<String> texts = articles.stream().map(Duplicates::text).toList();
    List<Set<Long>> runs = texts.stream().map(Duplicates::runs).toList();
    Map<String, Integer> exact = new HashMap<>();
    Map<Long, List<Integer>> index = new HashMap<>();
    List<Article> kept = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Integer same = exact.putIfAbsent(texts.get(i), i);
      int original = same == null ? -1 : same;
      double best = same == null ? 0 : 1;
      if (original < 0) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (Long run : runs.get(i)) {
          List<Integer> holders = index.getOrDefault(run, List.of());
          if (holders.size() <= COMMON) {
            for (Integer other : holders) {
              shared.merge(other, 1, Integer::sum);
            }
          }
        }
        for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
          int smaller = Math.min(runs.get(i).size(), runs.get(entry.getKey()).size());
          double share = smaller == 0 ? 0 : (double) entry.getValue() / smaller;
          if (share >= SAME && (share > best || share == best && entry.getKey() < original)) {
            original = entry.getKey();
            best = share;
          }
        }
      }
      if (original >= 0) {
        problems.add(Diagnostic.warning(articles.get(i).file(), 0,
            sameAs(articles.get(original), best) + "; kept once",
            "remove one of the two files, or keep both if they differ in a way that matters"));
        continue;
      }
      for (Long run : runs.get(i)) {
        index.computeIfAbsent(run, k -> new ArrayList<>()).add(i);
      }
      kept.add(articles.get(i));
    }
    return kept;
  }

  /**
   * The article among {@code articles} that {@code candidate} repeats, by the same measure as
   * {@link #keepOnce}, with the share of text in common; the best match where several are.
   */
  static Optional<Map.Entry<Article, Double>> original(List<Article> articles, Article candidate) {
    String text = text(candidate);
    Set<Long> runs = runs(text);
    Article best = null;
    double bestShare = 0;
    for (Article other : articles) {
      String otherText = text(other);
      double share;
      if (otherText.equals(text)) {
        share = 1;
      } else {
        Set<Long> otherRuns = runs(otherText);
        int smaller = Math.min(runs.size(), otherRuns.size());
        long shared = runs.stream().filter(otherRuns::contains).count();
        share = smaller == 0 ? 0 : (double) shared / smaller;
      }
      if (share >= SAME && share > bestShare) {
        best = other;
        bestShare = share;
      }
    }
    return best == null ? Optional.empty() : Optional.of(Map.entry(best, bestShare));
  }

  /** "same article as content/articles/a.txt (92% of the text in common)". */
  static String sameAs(Article original, double share) {
    return String.format(Locale.ROOT, "same article as %s (%d%% of the text in common)",
        original.file(), Math.round(share * 100));
  }

  private static Set<Long> runs(String text) {
    String[] words = text.split(" ");
    Set<Long> runs = new HashSet<>();
    for (int i = 0; i + RUN <= words.length; i++) {
      long hash = 1125899906842597L;
      for (int j = i; j < i + RUN; j++) {
        hash = 31 * hash + words[j].hashCode();
      }
      runs.add(hash);
    }
    return runs;
  }

  private static String text(Article article) {
    StringBuilder text = new StringBuilder();
    for (Block block : article.text()) {
      text.append(block.text()).append(' ');
    }
    return text.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
