package briefing.eval;

import briefing.Pipeline;
import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.crossref.CrossReference;
import briefing.ingest.Ingest;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.Event;
import briefing.model.briefing.Person;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores cross-referencing on the seed articles against the hand-made gold
 * {@code src/test/resources/briefing/eval/seed-crossref.tsv}: events, corroborated claims and
 * description-to-person links.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-seed-crossref [-Dexec.args="[--misses]
 * [content folder]"]}; the folder defaults to {@code content} (analyses cached in
 * {@code target/eval-cache/seeds}). Each gold row names a sentence by words unique in its
 * article; the evaluation fails, naming every row, where they match no sentence or several.
 * <ul>
 *   <li>events, pairwise: of the gold's sentence pairs from different articles that report one
 *       happening, the share one briefing event cites together (recall); of the pairs of gold
 *       sentences an event cites together, the share that report one happening (precision).
 *       Per happening reported by two or more sources: whether one event cites every source,
 *       the mean share of its sources the best event cites, and how many happenings several
 *       events list (a happening listed twice).
 *   <li>claims, the same pairwise over claim versions, and per gold claim whether one briefing
 *       claim cites two or more of its sources; briefing claims that match no gold claim.
 *   <li>links: a description the gold ties to a person is among that person's mentions and no
 *       unnamed person of that description cites the sentence; an unnamed speaker ("-") is an
 *       unnamed person citing it.
 * </ul>
 */
public final class SeedCrossrefEvaluation {
  static final Path GOLD = Path.of("src/test/resources/briefing/eval/seed-crossref.tsv");

  private SeedCrossrefEvaluation() {}

  /** One gold row, its sentence found. */
  record Row(String kind, String label, Citation citation, String note) {}

  /** Pairwise counts: gold pairs, predicted pairs, pairs in both. */
  record Pairs(int gold, int predicted, int hits) {
    double precision() {
      return predicted == 0 ? 0 : (double) hits / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) hits / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format("P %.3f R %.3f F1 %.3f (%d gold pairs, %d linked, %d right)",
          precision(), recall(), f1(), gold, predicted, hits);
    }
  }

  /** Runs the evaluation and prints the figures, and with {@code --misses} every miss. */
  public static void main(String[] args) throws IOException {
    boolean misses = false;
    Path content = Path.of("content");
    for (String arg : args) {
      if (arg.equals("--misses")) {
        misses = true;
      } else {
        content = Path.of(arg);
      }
    }
    Ingest.Result read = Ingest.standard().read(content, content.toString());
    List<Source> sources = analysed(read, Path.of("target/eval-cache/seeds"));
    Briefing briefing = CrossReference.link(read.editorial(), sources);
    List<Row> rows = rows(Files.readAllLines(GOLD, StandardCharsets.UTF_8), sources);
    score(briefing, rows, misses, System.out);
    System.exit(0);
  }

  /** Prints every figure for {@code briefing} against the gold {@code rows}. */
  static void score(Briefing briefing, List<Row> rows, boolean showMisses, PrintStream out) {
    List<String> misses = new ArrayList<>();
    Map<Citation, Set<String>> events = labels(rows, "event");
    List<Set<Citation>> eventGroups = briefing.events().stream()
        .map(e -> (Set<Citation>) new TreeSet<>(e.citations())).toList();
    out.println("Seeds: cross-referencing against " + GOLD);
    out.println("events, pairwise:  " + pairs(events, eventGroups));
    Grouped e = grouped(events, eventGroups, briefing.events(), Event::id, misses, "happening");
    out.printf("  happenings reported by 2+ sources: %d; every source in one event: %d;"
        + " mean share of sources the best event cites: %.3f; listed by more than one event: %d%n",
        e.multi, e.whole, e.share, e.split);
    Map<Citation, Set<String>> claims = labels(rows, "claim");
    List<Set<Citation>> claimGroups = briefing.claims().stream()
        .map(c -> (Set<Citation>) new TreeSet<>(c.versions().stream().map(Claim.Version::citation).toList()))
        .toList();
    out.println("claims, pairwise:  " + pairs(claims, claimGroups));
    Grouped c = grouped(claims, claimGroups, briefing.claims(), Claim::id, misses, "claim");
    long unmatched = claimGroups.stream().filter(g -> g.stream().noneMatch(claims::containsKey)).count();
    out.printf("  gold claims: %d; found (a briefing claim cites 2+ of its sources): %d;"
        + " mean share of sources the best claim cites: %.3f; briefing claims: %d, %d citing no"
        + " gold claim's sentence%n", c.multi, c.found, c.share, claimGroups.size(), unmatched);
    int right = 0;
    int total = 0;
    for (Row r : rows) {
      if (!r.kind().equals("link")) {
        continue;
      }
      total++;
      if (linked(briefing.people(), r)) {
        right++;
      } else {
        misses.add("link: \"" + r.note() + "\" at " + r.citation() + " should be " + r.label());
      }
    }
    out.printf("description -> person links right: %d of %d%n", right, total);
    if (showMisses) {
      out.println("misses:");
      misses.forEach(m -> out.println("  " + m));
    }
  }

  /** Whether the briefing ties the description of link row {@code r} as the gold does. */
  static boolean linked(List<Person> people, Row r) {
    boolean describedApart = people.stream().anyMatch(p -> p.spellings().isEmpty()
        && p.mentions().contains(r.citation())
        && SeedPeopleEvaluation.fold(p.name()).equals(SeedPeopleEvaluation.fold(r.note())));
    if (r.label().equals("-")) {
      return describedApart;
    }
    return !describedApart && people.stream().anyMatch(p -> p.name().equals(r.label())
        && p.mentions().contains(r.citation()));
  }

  /** Each gold sentence of {@code kind} with its labels. */
  static Map<Citation, Set<String>> labels(List<Row> rows, String kind) {
    Map<Citation, Set<String>> labels = new TreeMap<>();
    rows.stream().filter(r -> r.kind().equals(kind))
        .forEach(r -> labels.computeIfAbsent(r.citation(), k -> new TreeSet<>()).add(r.label()));
    return labels;
  }

  /**
   * Pairwise scores: gold pairs are gold sentences of different articles sharing a label; a
   * predicted pair is two gold sentences of different articles that one group cites.
   */
  static Pairs pairs(Map<Citation, Set<String>> labels, List<Set<Citation>> groups) {
    List<Citation> all = labels.keySet().stream().sorted().toList();
    Set<List<Citation>> predicted = new TreeSet<>(SeedCrossrefEvaluation::compare);
    for (Set<Citation> g : groups) {
      List<Citation> in = g.stream().filter(labels::containsKey).sorted().toList();
      for (int i = 0; i < in.size(); i++) {
        for (int j = i + 1; j < in.size(); j++) {
          if (!in.get(i).article().equals(in.get(j).article())) {
            predicted.add(List.of(in.get(i), in.get(j)));
          }
        }
      }
    }
    int gold = 0;
    int hits = 0;
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Citation a = all.get(i);
        Citation b = all.get(j);
        if (a.article().equals(b.article())) {
          continue;
        }
        Set<String> shared = new TreeSet<>(labels.get(a));
        shared.retainAll(labels.get(b));
        if (!shared.isEmpty()) {
          gold++;
          if (predicted.contains(List.of(a, b))) {
            hits++;
          }
        }
      }
    }
    return new Pairs(gold, predicted.size(), hits);
  }

  private static int compare(List<Citation> a, List<Citation> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }

  /** Per gold label: how whole the best group is, and whether several groups share it. */
  private record Grouped(int multi, int whole, int found, double share, int split) {}

  private static <T> Grouped grouped(Map<Citation, Set<String>> labels, List<Set<Citation>> groups,
      List<T> items, Function<T, String> id, List<String> misses, String what) {
    Map<String, Set<Citation>> byLabel = new TreeMap<>();
    labels.forEach((c, ls) -> ls.forEach(l -> byLabel.computeIfAbsent(l, k -> new TreeSet<>()).add(c)));
    int multi = 0;
    int whole = 0;
    int found = 0;
    int split = 0;
    double share = 0;
    for (Map.Entry<String, Set<Citation>> e : byLabel.entrySet()) {
      Set<String> articles = new TreeSet<>(e.getValue().stream().map(Citation::article).toList());
      int citing = 0;
      int best = 0;
      String bestId = null;
      for (int i = 0; i < groups.size(); i++) {
        Set<String> covered = new TreeSet<>();
        groups.get(i).stream().filter(e.getValue()::contains).forEach(c -> covered.add(c.article()));
        if (!covered.isEmpty()) {
          citing++;
        }
        if (covered.size() > best) {
          best = covered.size();
          bestId = id.apply(items.get(i));
        }
      }
      if (citing > 1) {
        split++;
      }
      if (articles.size() < 2) {
        continue;
      }
      multi++;
      share += (double) best / articles.size();
      if (best == articles.size()) {
        whole++;
      }
      if (best >= 2) {
        found++;
      }
      if (best < articles.size()) {
        misses.add(what + " " + e.getKey() + ": " + articles.size() + " sources, the best ("
            + bestId + ") cites " + best + (citing > 1 ? "; " + citing + " list it" : ""));
      }
    }
    return new Grouped(multi, whole, found, multi == 0 ? 0 : share / multi, split);
  }

  /**
   * The gold's rows, each with the sentence its words name; throws, naming every row, where the
   * words match no sentence of the article or several.
   */
  static List<Row> rows(List<String> lines, List<Source> sources) {
    Map<String, Source> byFile = new LinkedHashMap<>();
    sources.forEach(s -> byFile.put(Path.of(s.article().file()).getFileName().toString(), s));
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 4) {
        problems.add(GOLD + ":" + number + ": expected 4 or 5 tab-separated cells");
        continue;
      }
      Source s = byFile.get(cells[2]);
      if (s == null) {
        problems.add(GOLD + ":" + number + ": no article " + cells[2]);
        continue;
      }
      String words = SeedPeopleEvaluation.fold(cells[3]);
      List<Sentence> hits = s.analysis().sentences().stream()
          .filter(x -> SeedPeopleEvaluation.fold(x.text()).contains(words)).toList();
      if (hits.size() != 1) {
        problems.add(GOLD + ":" + number + ": \"" + cells[3] + "\" matches " + hits.size()
            + " sentences of " + cells[2]);
        continue;
      }
      rows.add(new Row(cells[0], cells[1], new Citation(s.id(), hits.get(0).id()),
          cells.length > 4 ? cells[4] : ""));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
    return rows;
  }

  /** Every article of {@code read} with its analysis. */
  static List<Source> analysed(Ingest.Result read, Path cache) {
    return Pipeline.sources(read.articles(),
        Analyses.withCache(new AnalysisCache(cache)).analyze(read.articles()).analyses());
  }
}
