package briefing.ingest;

import briefing.model.Article;
import briefing.model.Block;
import briefing.model.Diagnostic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  /**
   * What an article is judged by: its words, lowercased, and the hashes of its five-word runs,
   * distinct and in increasing order. Made where the article is read, on the reading workers.
   */
  record Fingerprint(String text, long[] runs) {
    static Fingerprint of(Article article) {
      String text = Duplicates.text(article);
      return new Fingerprint(text, Duplicates.runs(text));
    }
  }

  /** The articles with later duplicates dropped, each drop reported against its file. */
  static List<Article> keepOnce(List<Article> articles, List<Diagnostic> problems) {
    return keepOnce(articles, articles.stream().map(Fingerprint::of).toList(), problems);
  }

  /** As {@link #keepOnce(List, List)}, with each article's fingerprint already made. */
  static List<Article> keepOnce(List<Article> articles, List<Fingerprint> prints, List<Diagnostic> problems) {
    Map<String, Integer> exact = new HashMap<>();
    int allRuns = prints.stream().mapToInt(p -> p.runs().length).sum();
    Map<Long, List<Integer>> index = new HashMap<>(allRuns + allRuns / 2);
    List<Article> kept = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      long[] runs = prints.get(i).runs();
      Integer same = exact.putIfAbsent(prints.get(i).text(), i);
      int original = same == null ? -1 : same;
      double best = same == null ? 0 : 1;
      if (original < 0) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (long run : runs) {
          List<Integer> holders = index.getOrDefault(run, List.of());
          if (holders.size() <= COMMON) {
            for (Integer other : holders) {
              shared.merge(other, 1, Integer::sum);
            }
          }
        }
        for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
          int smaller = Math.min(runs.length, prints.get(entry.getKey()).runs().length);
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
      for (long run : runs) {
        index.computeIfAbsent(run, k -> new ArrayList<>(1)).add(i);
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
    long[] runs = runs(text);
    Article best = null;
    double bestShare = 0;
    for (Article other : articles) {
      String otherText = text(other);
      double share;
      if (otherText.equals(text)) {
        share = 1;
      } else {
        long[] otherRuns = runs(otherText);
        int smaller = Math.min(runs.length, otherRuns.length);
        long shared = Arrays.stream(runs).filter(r -> Arrays.binarySearch(otherRuns, r) >= 0).count();
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

  /** The hashes of the text's five-word runs, distinct, in increasing order. */
  private static long[] runs(String text) {
    String[] words = text.split(" ");
    long[] runs = new long[Math.max(0, words.length - RUN + 1)];
    for (int i = 0; i < runs.length; i++) {
      long hash = 1125899906842597L;
      for (int j = i; j < i + RUN; j++) {
        hash = 31 * hash + words[j].hashCode();
      }
      runs[i] = hash;
    }
    return Arrays.stream(runs).sorted().distinct().toArray();
  }

  /** The article's text lowercased, each run of characters other than letters and digits one space. */
  private static String text(Article article) {
    StringBuilder joined = new StringBuilder();
    for (Block block : article.text()) {
      joined.append(block.text()).append(' ');
    }
    String lower = joined.toString().toLowerCase(Locale.ROOT);
    StringBuilder text = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || isNumber(c)) {
        if (gap && !text.isEmpty()) {
          text.append(' ');
        }
        gap = false;
        text.appendCodePoint(c);
      } else {
        gap = true;
      }
    }
    return text.toString();
  }

  /** A character of Unicode's number categories, as {@code \p{N}}: digits, numerals, fractions. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
