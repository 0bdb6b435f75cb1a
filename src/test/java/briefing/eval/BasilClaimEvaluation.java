package briefing.eval;

import briefing.crossref.CrossReference;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Claim;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures corroborated claims (issue 13) on BASIL: whether the briefing's claims bring together
 * the sentences of different outlets that state the same claim.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-basil-claims [-Dexec.args=--misses]}
 * ({@code --misses} lists, for the tuning part only, the gold pairs no claim links and the
 * linked pairs the gold does not have). The hand-made gold
 * ({@code src/test/resources/briefing/eval/basil-claims.tsv}: six BASIL events, every sentence
 * of their Fox, New York Times and HuffPost articles that states a claim two outlets report,
 * with the claim's label) is scored on sentence pairs from different articles: recall is the
 * share of the pairs sharing a gold claim that one briefing claim cites together; precision the
 * share of the pairs one briefing claim cites together that share a gold claim. The gold lists
 * every corroborated claim of its stories, so a linked pair with a sentence it does not list is
 * wrong. The 1st, 3rd and 5th events are the tuning part, the others held apart.
 */
public final class BasilClaimEvaluation {
  static final Path GOLD = Path.of("src/test/resources/briefing/eval/basil-claims.tsv");

  private BasilClaimEvaluation() {}

  /** Runs the evaluation and prints its table. */
  public static void main(String[] args) throws IOException {
    boolean misses = List.of(args).contains("--misses");
    List<EventGold.Row> rows = EventGold.read(GOLD);
    List<String> folders = EventGold.folders(rows).stream().sorted().toList();
    List<BasilStories.Story> stories = BasilStories.load(BasilStories.DATA, folders);
    Map<String, Map<Citation, Set<String>>> gold = new TreeMap<>();
    List<String> drift = new ArrayList<>();
    for (BasilStories.Story story : stories) {
      gold.put(story.folder(), labels(rows, story, drift));
    }
    if (!drift.isEmpty()) {
      throw new IllegalStateException("the claims gold no longer matches the sentences (did sentence"
          + " splitting change? relabel with exec:java@eval-events-list):\n  " + String.join("\n  ", drift));
    }
    PrintStream out = System.out;
    out.println("Corroborated claims against " + GOLD + " (sentence pairs from different articles)");
    out.printf("%-44s %7s %6s %6s %6s  %5s %5s %5s  %s%n", "event", "claims", "gold", "briefing",
        "linked", "P", "R", "F1", "claims found (2+ outlets in one briefing claim)");
    SeedCrossrefEvaluation.Pairs tuning = new SeedCrossrefEvaluation.Pairs(0, 0, 0);
    SeedCrossrefEvaluation.Pairs heldApart = new SeedCrossrefEvaluation.Pairs(0, 0, 0);
    int[] found = new int[2];
    int[] total = new int[2];
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      BasilStories.Story story = stories.get(i);
      Map<Citation, Set<String>> labels = gold.get(story.folder());
      List<Claim> claims = CrossReference.link(story.editorial(), story.sources()).claims();
      List<Set<Citation>> groups = claims.stream().map(c -> (Set<Citation>) new TreeSet<>(
          c.versions().stream().map(Claim.Version::citation).toList())).toList();
      SeedCrossrefEvaluation.Pairs score = strict(labels, groups);
      Map<String, Set<String>> outlets = outlets(labels);
      long hit = outlets.keySet().stream().filter(l -> groups.stream().anyMatch(g -> g.stream()
          .filter(c -> labels.getOrDefault(c, Set.of()).contains(l)).map(Citation::article)
          .distinct().count() >= 2)).count();
      boolean tuned = i % 2 == 0;
      int part = tuned ? 0 : 1;
      found[part] += (int) hit;
      total[part] += outlets.size();
      out.printf("%-44s %7d %6d %6d %6d  %.3f %.3f %.3f  %d of %d%n",
          (tuned ? "T " : "H ") + shorter(story.folder(), 42), outlets.size(), score.gold(),
          claims.size(), score.predicted(), score.precision(), score.recall(), score.f1(), hit,
          outlets.size());
      if (tuned) {
        tuning = plus(tuning, score);
        if (misses) {
          listed.addAll(misses(story, labels, groups));
        }
      } else {
        heldApart = plus(heldApart, score);
      }
    }
    out.printf("tuning part (T: 1st, 3rd, 5th)     %s; claims found %d of %d%n", tuning, found[0], total[0]);
    out.printf("held-apart part (H: 2nd, 4th, 6th) %s; claims found %d of %d%n", heldApart, found[1], total[1]);
    out.printf("all six                            %s; claims found %d of %d%n", plus(tuning, heldApart),
        found[0] + found[1], total[0] + total[1]);
    if (misses) {
      out.println("tuning part, misses (gold pairs not linked) and wrong links:");
      listed.forEach(m -> out.println("  " + m));
    }
    System.exit(0);
  }

  /**
   * Pairwise scores where the gold is exhaustive: every pair of different articles that one group
   * cites is predicted, and right only where the two share a gold label.
   */
  static SeedCrossrefEvaluation.Pairs strict(Map<Citation, Set<String>> labels, List<Set<Citation>> groups) {
    Set<List<Citation>> predicted = predicted(groups);
    int hits = (int) predicted.stream().filter(p -> shared(labels, p.get(0), p.get(1))).count();
    int gold = 0;
    List<Citation> all = new ArrayList<>(labels.keySet());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (!all.get(i).article().equals(all.get(j).article()) && shared(labels, all.get(i), all.get(j))) {
          gold++;
        }
      }
    }
    return new SeedCrossrefEvaluation.Pairs(gold, predicted.size(), hits);
  }

  /** Every pair of citations of different articles one group cites, the lesser first. */
  private static Set<List<Citation>> predicted(List<Set<Citation>> groups) {
    Set<List<Citation>> pairs = new TreeSet<>((a, b) -> {
      int c = a.get(0).compareTo(b.get(0));
      return c != 0 ? c : a.get(1).compareTo(b.get(1));
    });
    for (Set<Citation> g : groups) {
      List<Citation> in = new ArrayList<>(g);
      for (int i = 0; i < in.size(); i++) {
        for (int j = i + 1; j < in.size(); j++) {
          if (!in.get(i).article().equals(in.get(j).article())) {
            pairs.add(List.of(in.get(i), in.get(j)));
          }
        }
      }
    }
    return pairs;
  }

  private static boolean shared(Map<Citation, Set<String>> labels, Citation a, Citation b) {
    return labels.getOrDefault(a, Set.of()).stream().anyMatch(labels.getOrDefault(b, Set.of())::contains);
  }

  private static SeedCrossrefEvaluation.Pairs plus(SeedCrossrefEvaluation.Pairs a, SeedCrossrefEvaluation.Pairs b) {
    return new SeedCrossrefEvaluation.Pairs(a.gold() + b.gold(), a.predicted() + b.predicted(),
        a.hits() + b.hits());
  }

  /** Each gold claim's outlets, for the claims two or more outlets report. */
  private static Map<String, Set<String>> outlets(Map<Citation, Set<String>> labels) {
    Map<String, Set<String>> outlets = new TreeMap<>();
    labels.forEach((c, ls) -> ls.forEach(l -> outlets.computeIfAbsent(l, k -> new TreeSet<>()).add(c.article())));
    outlets.values().removeIf(s -> s.size() < 2);
    return outlets;
  }

  /** The gold pairs no group links and the linked pairs that share no gold claim, with their text. */
  private static List<String> misses(BasilStories.Story story, Map<Citation, Set<String>> labels,
      List<Set<Citation>> groups) {
    Map<Citation, String> text = text(story);
    Set<List<Citation>> predicted = predicted(groups);
    List<String> lines = new ArrayList<>();
    List<Citation> all = new ArrayList<>(labels.keySet());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Citation a = all.get(i);
        Citation b = all.get(j);
        if (!a.article().equals(b.article()) && shared(labels, a, b) && !predicted.contains(order(a, b))) {
          Set<String> both = new TreeSet<>(labels.get(a));
          both.retainAll(labels.get(b));
          lines.add("miss " + both + ": " + cited(a, text) + " | " + cited(b, text));
        }
      }
    }
    for (List<Citation> p : predicted) {
      if (!shared(labels, p.get(0), p.get(1))) {
        lines.add("wrong: " + cited(p.get(0), text) + " | " + cited(p.get(1), text));
      }
    }
    return lines;
  }

  private static String cited(Citation c, Map<Citation, String> text) {
    return c.article() + " " + c.sentence() + " " + shorter(text.get(c), 90);
  }

  private static List<Citation> order(Citation a, Citation b) {
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }

  /**
   * Each gold sentence of {@code story} with its claims, after checking that it still starts with
   * the gold's first words; every mismatch is added to {@code drift}.
   */
  static Map<Citation, Set<String>> labels(List<EventGold.Row> rows, BasilStories.Story story,
      List<String> drift) {
    Map<Citation, String> text = text(story);
    Map<Citation, Set<String>> labels = new TreeMap<>();
    for (EventGold.Row row : rows) {
      if (!row.folder().equals(story.folder())) {
        continue;
      }
      String sentence = text.get(row.citation());
      if (sentence == null || !sentence.startsWith(row.firstWords())) {
        drift.add(story.folder() + " " + row.article() + " " + row.sentence() + ": gold starts \""
            + row.firstWords() + "\", the sentence is \"" + sentence + "\"");
        continue;
      }
      labels.computeIfAbsent(row.citation(), k -> new TreeSet<>()).add(row.label());
    }
    return labels;
  }

  private static Map<Citation, String> text(BasilStories.Story story) {
    Map<Citation, String> text = new LinkedHashMap<>();
    for (Source source : story.sources()) {
      for (Sentence s : source.analysis().sentences()) {
        text.put(new Citation(source.id(), s.id()), s.text().replaceAll("\\s+", " ").strip());
      }
    }
    return text;
  }

  private static String shorter(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
