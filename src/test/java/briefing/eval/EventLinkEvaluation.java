package briefing.eval;

import briefing.crossref.CrossReference;
import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Measures cross-document event linking (issue 13): whether the timeline's events bring together
 * the sentences of different articles that report the same happening.
 *
 * <p>Usage: {@code mvn -q test-compile exec:java@eval-events [-Dexec.args="--events
 * --oracle-background --oracle-pure"]} ({@code --events} lists each tuning story's briefing events
 * with the gold label of every sentence they cite; the held-apart stories are never listed; an
 * oracle scores the events with what the gold knows taken out, {@link #oracle}, to show how far
 * a kind of fix could go). Each event folder of the hand-made
 * gold ({@code src/test/resources/briefing/eval/basil-events.tsv}: eight BASIL events, every
 * sentence of their Fox, New York Times and HuffPost articles labelled with the happening it
 * reports; {@code basil-events-more-tuning.tsv} and {@code basil-events-more-held-apart.tsv}: eight
 * more, labelled later, four in each part; {@code basil-events-third-*.tsv},
 * {@code basil-events-fourth-*.tsv} and {@code basil-events-fifth-*.tsv}: eight more three times
 * again, labelled by helpers from the articles alone, four in each part; and
 * {@code basil-events-sixth-*.tsv}: the last ten, five in each part) is built into a briefing
 * through the real ingest, analysis (cached in {@code target/eval-cache/basil}) and
 * cross-reference. Scored on sentence pairs from different articles: recall is the share of the pairs with the same gold happening that one briefing event
 * cites together; precision the share of the pairs one briefing event cites together that report
 * the same gold happening (a pair with a "-" sentence is wrong). Then, over all 50 BASIL events,
 * whether each story's main event (the one citing the most articles, ties by rank) is cited by two
 * or more outlets, and how many events are.
 */
public final class EventLinkEvaluation {
  private static final Path GOLD_DIR = Path.of("src/test/resources/briefing/eval");
  /** The first eight gold stories: the 1st, 3rd, 5th and 7th are tuned on, the others only measured. */
  private static final Path GOLD = GOLD_DIR.resolve("basil-events.tsv");
  /** Eight more, labelled later: each file is one part. */
  private static final Path MORE_TUNING = GOLD_DIR.resolve("basil-events-more-tuning.tsv");
  private static final Path MORE_HELD_APART = GOLD_DIR.resolve("basil-events-more-held-apart.tsv");
  /** Eight more again, labelled by hand before the rules were looked at against them. */
  private static final Path THIRD_TUNING = GOLD_DIR.resolve("basil-events-third-tuning.tsv");
  private static final Path THIRD_HELD_APART = GOLD_DIR.resolve("basil-events-third-held-apart.tsv");
  /** And a fourth eight, labelled the same way. */
  private static final Path FOURTH_TUNING = GOLD_DIR.resolve("basil-events-fourth-tuning.tsv");
  private static final Path FOURTH_HELD_APART = GOLD_DIR.resolve("basil-events-fourth-held-apart.tsv");
  /** And a fifth, labelled the same way in a later session. */
  private static final Path FIFTH_TUNING = GOLD_DIR.resolve("basil-events-fifth-tuning.tsv");
  private static final Path FIFTH_HELD_APART = GOLD_DIR.resolve("basil-events-fifth-held-apart.tsv");
  /** And the last ten of the fifty, labelled the same way in a later session still. */
  private static final Path SIXTH_TUNING = GOLD_DIR.resolve("basil-events-sixth-tuning.tsv");
  private static final Path SIXTH_HELD_APART = GOLD_DIR.resolve("basil-events-sixth-held-apart.tsv");
  /** The gold labelled after the first eight, each file one part. */
  private static final Map<Path, Part> LATER = new java.util.LinkedHashMap<>();

  static {
    LATER.put(MORE_TUNING, new Part("eight more", true));
    LATER.put(MORE_HELD_APART, new Part("eight more", false));
    LATER.put(THIRD_TUNING, new Part("third eight", true));
    LATER.put(THIRD_HELD_APART, new Part("third eight", false));
    LATER.put(FOURTH_TUNING, new Part("fourth eight", true));
    LATER.put(FOURTH_HELD_APART, new Part("fourth eight", false));
    LATER.put(FIFTH_TUNING, new Part("fifth eight", true));
    LATER.put(FIFTH_HELD_APART, new Part("fifth eight", false));
    LATER.put(SIXTH_TUNING, new Part("last ten", true));
    LATER.put(SIXTH_HELD_APART, new Part("last ten", false));
  }

  /** Where a gold story's score counts: which labelling, and whether rules were looked at against it. */
  record Part(String gold, boolean tuning) {
    String name() {
      return gold + ", " + (tuning ? "tuning part" : "held-apart part");
    }
  }

  private EventLinkEvaluation() {}

  /** Two sentences of different articles, the lesser first. */
  record Pair(Citation a, Citation b) {
    static Pair of(Citation x, Citation y) {
      return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
    }
  }

  /** Pair counts: the gold's same-happening pairs, the briefing's linked pairs, and both. */
  record PairScore(int gold, int linked, int hits) {
    PairScore plus(PairScore o) {
      return new PairScore(gold + o.gold, linked + o.linked, hits + o.hits);
    }

    double precision() {
      return linked == 0 ? 0 : (double) hits / linked;
    }

    double recall() {
      return gold == 0 ? 0 : (double) hits / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Runs the evaluation and prints its tables. */
  public static void main(String[] args) throws IOException {
    boolean listEvents = List.of(args).contains("--events");
    String oracle = List.of(args).contains("--oracle-background") ? "background"
        : List.of(args).contains("--oracle-pure") ? "pure" : null;
    List<EventGold.Row> rows = new ArrayList<>(EventGold.read(GOLD));
    Map<String, Part> parts = new TreeMap<>();
    List<String> first = EventGold.folders(rows);
    for (int i = 0; i < first.size(); i++) {
      parts.put(first.get(i), new Part("first eight", i % 2 == 0));
    }
    for (Map.Entry<Path, Part> more : LATER.entrySet()) {
      if (Files.exists(more.getKey())) {
        List<EventGold.Row> added = EventGold.read(more.getKey());
        EventGold.folders(added).forEach(f -> parts.put(f, more.getValue()));
        rows.addAll(added);
      }
    }
    List<String> goldFolders = EventGold.folders(rows);
    List<BasilStories.Story> stories =
        BasilStories.load(BasilStories.DATA, BasilStories.folders(BasilStories.DATA));
    // Check the whole gold before scoring, so that every drifted sentence is named at once.
    Map<String, Map<Citation, String>> gold = new TreeMap<>();
    List<String> drift = new ArrayList<>();
    for (BasilStories.Story story : stories) {
      if (goldFolders.contains(story.folder())) {
        try {
          gold.put(story.folder(), EventGold.labels(rows, story));
        } catch (IllegalStateException e) {
          drift.add(e.getMessage());
        }
      }
    }
    if (gold.size() + drift.size() != goldFolders.size()) {
      drift.add("gold events not found in " + BasilStories.DATA + ": " + goldFolders);
    }
    if (!drift.isEmpty()) {
      throw new IllegalStateException(String.join("\n", drift));
    }
    PrintStream out = System.out;
    out.println("Pairwise event linking against the gold (sentence pairs from different articles)");
    out.printf("%-44s %5s %5s %7s %6s %7s %6s  %5s %5s %5s  %-11s %s%n", "event", "sents", "happ",
        "gold pr", "events", "2+ outl", "linked", "P", "R", "F1", "happ linked", "main");
    PairScore total = new PairScore(0, 0, 0);
    Map<String, PairScore> byPart = new TreeMap<>();
    PairScore tuning = new PairScore(0, 0, 0);
    PairScore heldApart = new PairScore(0, 0, 0);
    double macro = 0;
    int happenings = 0;
    int happeningsLinked = 0;
    // happenings reported by 2+ articles, linked by one event, and told by two events or more:
    // tuning parts, then held-apart parts
    int[][] tellings = new int[2][3];
    int mains = 0;
    Map<String, Errors> errors = new TreeMap<>();
    for (BasilStories.Story story : stories) {
      Map<Citation, String> labels = gold.get(story.folder());
      if (labels == null) {
        continue;
      }
      Briefing briefing = CrossReference.link(story.editorial(), story.sources());
      List<List<Citation>> groups = briefing.events().stream().map(Event::citations).toList();
      if (oracle != null) {
        groups = oracle(oracle, groups, labels);
      }
      Set<Pair> linked = linkedPairs(groups);
      PairScore score = score(labels, linked);
      Set<String> shared = sharedHappenings(labels);
      long found = shared.stream().filter(h -> linked.stream()
          .anyMatch(p -> h.equals(labels.get(p.a())) && h.equals(labels.get(p.b())))).count();
      String biggest = biggestHappening(labels);
      Event main = main(briefing.events());
      boolean mainRight = main != null && main.sources().size() >= 2
          && main.citations().stream().filter(c -> biggest.equals(labels.get(c))).count() * 2
              > main.citations().size();
      mains += mainRight ? 1 : 0;
      out.printf("%-44s %5d %5d %7d %6d %7d %6d  %.3f %.3f %.3f  %-11s %s%n",
          shorter(story.folder(), 44), labels.size(), shared.size(), score.gold(),
          briefing.events().size(), briefing.events().stream().filter(e -> e.sources().size() >= 2).count(),
          score.linked(), score.precision(), score.recall(), score.f1(), found + " of " + shared.size(),
          (mainRight ? "yes " : "no  ") + biggest);
      total = total.plus(score);
      Part part = parts.get(story.folder());
      byPart.merge(part.name(), score, PairScore::plus);
      errors.merge(part.name(), Errors.of(labels, briefing.events(), linked), Errors::plus);
      if (part.tuning()) {
        tuning = tuning.plus(score);
      } else {
        heldApart = heldApart.plus(score);
      }
      int[] told = tellings[part.tuning() ? 0 : 1];
      told[0] += shared.size();
      told[1] += (int) found;
      told[2] += toldTwice(shared, labels, groups);
      macro += score.f1();
      happenings += shared.size();
      happeningsLinked += (int) found;
      // only stories rules may be looked at against are listed: the others are only measured
      if (listEvents && part.tuning()) {
        list(briefing, labels, out);
      }
    }
    out.printf("%-44s %5s %5d %7d %6s %7s %6d  %.3f %.3f %.3f  %-11s %d of %d%n", "micro-averaged", "",
        happenings, total.gold(), "", "", total.linked(), total.precision(), total.recall(),
        total.f1(), happeningsLinked + " of " + happenings, mains, gold.size());
    byPart.forEach((name, score) -> printPart(out, "  " + name, score));
    for (boolean tuned : List.of(true, false)) {
      // the first sixteen stories alone, the figures reported before the third eight was labelled
      PairScore sixteen = byPart.entrySet().stream()
          .filter(e -> (e.getKey().startsWith("first") || e.getKey().startsWith("eight more"))
              && e.getKey().contains("tuning") == tuned)
          .map(Map.Entry::getValue).reduce(new PairScore(0, 0, 0), PairScore::plus);
      printPart(out, "  first sixteen, " + (tuned ? "tuning parts" : "held-apart parts"), sixteen);
    }
    printPart(out, "  all tuning parts", tuning);
    printPart(out, "  all held-apart parts", heldApart);
    for (int t = 0; t < 2; t++) {
      out.printf("  happenings reported by 2+ articles, %s: linked by one event %d of %d;"
          + " told by two events or more %d%n", t == 0 ? "all tuning parts" : "all held-apart parts",
          tellings[t][1], tellings[t][0], tellings[t][2]);
    }
    out.println("kinds of error, in pairs: missed where an end is in no event; missed, the ends in two"
        + " events (of them, on two dates); wrong with a background end; wrong, two happenings");
    errors.forEach((name, e) -> out.printf("  %-34s %6d %6d (%d) %6d %6d%n", name, e.uncited(),
        e.split(), e.otherDates(), e.background(), e.mixed()));
    errors.forEach((name, e) -> out.printf("  split pairs %s, by the events' kinds and dates: %s%n", name, e.splitBy()));
    out.printf("macro-averaged F1 %.3f over %d events; 'happ': happenings reported by 2+ articles;"
        + " 'happ linked': of those, how many one briefing event links across articles;%n'main':"
        + " whether the main event (citing the most articles, ties by rank) cites 2+ articles and"
        + " mostly sentences of the gold's most reported happening (named)%n%n",
        macro / goldFolders.size(), goldFolders.size());
    survey(stories, out);
    agreement(rows, stories, out);
    System.exit(0);
  }

  /**
   * How far a second annotator, labelling five tuning stories without the gold, agrees with it,
   * scored as briefing's events are: what two people reach on the task.
   */
  private static void agreement(List<EventGold.Row> rows, List<BasilStories.Story> stories,
      PrintStream out) throws IOException {
    Path second = GOLD_DIR.resolve("basil-events-second-annotator.tsv");
    if (!Files.exists(second)) {
      return;
    }
    Map<String, Map<String, List<Citation>>> groups = new TreeMap<>();
    for (String line : Files.readAllLines(second)) {
      String[] cols = line.split("\t");
      if (line.startsWith("#") || cols.length < 4 || cols[3].equals(EventGold.NONE)) {
        continue;
      }
      groups.computeIfAbsent(cols[0], k -> new TreeMap<>())
          .computeIfAbsent(cols[3], k -> new ArrayList<>()).add(new Citation(cols[1], cols[2]));
    }
    PairScore total = new PairScore(0, 0, 0);
    for (BasilStories.Story story : stories) {
      Map<String, List<Citation>> labelled = groups.get(story.folder());
      if (labelled != null) {
        total = total.plus(score(EventGold.labels(rows, story), linkedPairs(List.copyOf(labelled.values()))));
      }
    }
    out.printf("%nA second annotator, without the gold, on %d tuning stories"
        + " (basil-events-second-annotator.tsv): P %.3f R %.3f F1 %.3f%n", groups.size(),
        total.precision(), total.recall(), total.f1());
  }

  /**
   * The briefing's events with what the gold knows taken out, to show how far a kind of fix could
   * go: {@code background} drops every sentence the gold labels "-" (no happening); {@code pure}
   * keeps of each event only the sentences of its most cited gold happening, so that every
   * linked pair is right and only the splits are left.
   */
  private static List<List<Citation>> oracle(String kind, List<List<Citation>> groups,
      Map<Citation, String> labels) {
    return groups.stream().map(g -> {
      if (kind.equals("background")) {
        return g.stream().filter(c -> !EventGold.NONE.equals(labels.get(c))).toList();
      }
      String most = biggestHappening(g.stream().filter(labels::containsKey)
          .collect(Collectors.toMap(c -> c, labels::get, (x, y) -> x, TreeMap::new)));
      return g.stream().filter(c -> !most.equals(EventGold.NONE) && most.equals(labels.get(c)))
          .toList();
    }).toList();
  }

  private static void printPart(PrintStream out, String name, PairScore score) {
    out.printf("%-44s %5s %5s %7d %6s %7s %6d  %.3f %.3f %.3f%n", name, "", "", score.gold(), "", "",
        score.linked(), score.precision(), score.recall(), score.f1());
  }

  /** Each event of the briefing with its citations (a star: one of the sentences dating it) and their gold labels. */
  private static void list(Briefing briefing, Map<Citation, String> labels, PrintStream out) {
    for (Event e : briefing.events()) {
      out.printf("    %s %s: %s%n", e.date().value(), e.kind() + (e.statement() ? "-STATEMENT" : ""), shorter(e.summary(), 90));
      Set<Citation> dating = e.dates().stream().map(DateReading::citation)
          .collect(Collectors.toSet());
      out.printf("      %s%n", e.citations().stream()
          .map(c -> c.article() + " " + c.sentence() + (dating.contains(c) ? "* " : " ")
              + labels.get(c))
          .collect(Collectors.joining(", ")));
    }
  }

  /** The main happening and the cross-outlet events of every story. */
  private static void survey(List<BasilStories.Story> stories, PrintStream out) {
    int mainShared = 0;
    List<Integer> sharedCounts = new ArrayList<>();
    for (BasilStories.Story story : stories) {
      List<Event> events = CrossReference.link(story.editorial(), story.sources()).events();
      Event main = main(events);
      if (main != null && main.sources().size() >= 2) {
        mainShared++;
      }
      sharedCounts.add((int) events.stream().filter(e -> e.sources().size() >= 2).count());
    }
    List<Integer> sorted = sharedCounts.stream().sorted().toList();
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    Map<Integer, Long> histogram = new TreeMap<>(sharedCounts.stream()
        .collect(Collectors.groupingBy(c -> c, Collectors.counting())));
    out.printf("All %d BASIL events (each story: its fox, nyt and hpo articles)%n", n);
    out.printf("main happening (event citing the most articles, ties by rank) cited by 2+ outlets:"
        + " %d of %d (%.2f)%n", mainShared, n, n == 0 ? 0 : (double) mainShared / n);
    out.printf("events cited by 2+ outlets per story: median %.1f, mean %.2f; stories by count %s%n",
        median, sharedCounts.stream().mapToInt(Integer::intValue).average().orElse(0), histogram);
  }

  /** The story's main event: the one citing the most articles, ties by rank, then id; null for none. */
  static Event main(List<Event> events) {
    return events.stream().min(Comparator.<Event>comparingInt(e -> e.sources().size()).reversed()
        .thenComparing(Comparator.comparingDouble(Event::rank).reversed())
        .thenComparing(Event::id)).orElse(null);
  }

  /** The gold happening with the most sentences (ties by label). */
  static String biggestHappening(Map<Citation, String> labels) {
    Map<String, Long> counts = labels.values().stream().filter(l -> !l.equals(EventGold.NONE))
        .collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(EventGold.NONE);
  }

  /** Every pair of sentences from different articles that one group (event) cites together. */
  static Set<Pair> linkedPairs(List<List<Citation>> groups) {
    Set<Pair> pairs = new HashSet<>();
    for (List<Citation> group : groups) {
      List<Citation> cs = new ArrayList<>(new TreeSet<>(group));
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          if (!cs.get(i).article().equals(cs.get(j).article())) {
            pairs.add(Pair.of(cs.get(i), cs.get(j)));
          }
        }
      }
    }
    return pairs;
  }

  /** Scores the linked pairs against the gold labels; a pair with a "-" or unlabelled end is wrong. */
  static PairScore score(Map<Citation, String> labels, Set<Pair> linked) {
    List<Map.Entry<Citation, String>> labelled = labels.entrySet().stream()
        .filter(e -> !e.getValue().equals(EventGold.NONE)).toList();
    int gold = 0;
    for (int i = 0; i < labelled.size(); i++) {
      for (int j = i + 1; j < labelled.size(); j++) {
        Map.Entry<Citation, String> x = labelled.get(i);
        Map.Entry<Citation, String> y = labelled.get(j);
        if (!x.getKey().article().equals(y.getKey().article()) && x.getValue().equals(y.getValue())) {
          gold++;
        }
      }
    }
    int hits = (int) linked.stream().filter(p -> same(labels, p)).count();
    return new PairScore(gold, linked.size(), hits);
  }

  private static boolean same(Map<Citation, String> labels, Pair p) {
    String a = labels.get(p.a());
    return a != null && !a.equals(EventGold.NONE) && a.equals(labels.get(p.b()));
  }

  /** The kinds of wrong and missed pairs of a story. */
  record Errors(int uncited, int split, int otherDates, int background, int mixed,
      Map<String, Integer> splitBy) {
    Errors plus(Errors o) {
      Map<String, Integer> by = new TreeMap<>(splitBy);
      o.splitBy.forEach((k, v) -> by.merge(k, v, Integer::sum));
      return new Errors(uncited + o.uncited, split + o.split, otherDates + o.otherDates,
          background + o.background, mixed + o.mixed, by);
    }

    /**
     * How two events holding one happening's sentences differ: their kinds, and how their dates
     * lie (the same, days apart, one holding the other, further apart).
     */
    static String splitKind(Event x, Event y) {
      String kinds = x.kind().compareTo(y.kind()) <= 0 ? x.kind() + "/" + y.kind() : y.kind() + "/" + x.kind();
      EventDate a = x.date();
      EventDate b = y.date();
      String dates;
      if (a.equals(b)) {
        dates = "same date";
      } else if (a.within(b) || b.within(a)) {
        dates = "one holds the other";
      } else if (a.precision() == b.precision()
          && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.first(), b.first())) <= 7) {
        dates = "within a week";
      } else {
        dates = "further apart";
      }
      return kinds + ", " + dates;
    }

    static Errors of(Map<Citation, String> labels, List<Event> events, Set<Pair> linked) {
      Map<Citation, Event> eventOf = new HashMap<>();
      events.forEach(e -> e.citations().forEach(c -> eventOf.putIfAbsent(c, e)));
      Set<Citation> cited = eventOf.keySet();
      List<Citation> labelled = labels.entrySet().stream()
          .filter(e -> !e.getValue().equals(EventGold.NONE)).map(Map.Entry::getKey).toList();
      int uncited = 0;
      int split = 0;
      int otherDates = 0;
      Map<String, Integer> splitBy = new TreeMap<>();
      for (int i = 0; i < labelled.size(); i++) {
        for (int j = i + 1; j < labelled.size(); j++) {
          Citation x = labelled.get(i);
          Citation y = labelled.get(j);
          if (!x.article().equals(y.article()) && labels.get(x).equals(labels.get(y))
              && !linked.contains(Pair.of(x, y))) {
            if (cited.contains(x) && cited.contains(y)) {
              split++;
              otherDates += eventOf.get(x).date().equals(eventOf.get(y).date()) ? 0 : 1;
              splitBy.merge(splitKind(eventOf.get(x), eventOf.get(y)), 1, Integer::sum);
            } else {
              uncited++;
            }
          }
        }
      }
      int background = 0;
      int mixed = 0;
      for (Pair p : linked) {
        String a = labels.get(p.a());
        String b = labels.get(p.b());
        if (a == null || b == null || a.equals(EventGold.NONE) || b.equals(EventGold.NONE)) {
          background++;
        } else if (!a.equals(b)) {
          mixed++;
        }
      }
      return new Errors(uncited, split, otherDates, background, mixed, splitBy);
    }
  }

  /** The happenings that two or more articles report. */
  /**
   * How many of the {@code shared} happenings two events or more tell: an event tells the
   * happening most of its labelled sentences report, where it cites two of them or more (ties go
   * to the happening first by name). A reader then meets one happening twice on the timeline.
   */
  static int toldTwice(Set<String> shared, Map<Citation, String> labels, List<List<Citation>> groups) {
    Map<String, Integer> tellers = new TreeMap<>();
    for (List<Citation> group : groups) {
      Map<String, Long> counts = new TreeSet<>(group).stream().map(labels::get)
          .filter(l -> l != null && !l.equals(EventGold.NONE))
          .collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
      counts.entrySet().stream()
          .max(Map.Entry.<String, Long>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .filter(e -> e.getValue() >= 2)
          .ifPresent(e -> tellers.merge(e.getKey(), 1, Integer::sum));
    }
    return (int) shared.stream().filter(h -> tellers.getOrDefault(h, 0) >= 2).count();
  }

  static Set<String> sharedHappenings(Map<Citation, String> labels) {
    Map<String, Set<String>> articles = new TreeMap<>();
    labels.forEach((c, label) -> {
      if (!label.equals(EventGold.NONE)) {
        articles.computeIfAbsent(label, k -> new TreeSet<>()).add(c.article());
      }
    });
    return articles.entrySet().stream().filter(e -> e.getValue().size() >= 2)
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String shorter(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
