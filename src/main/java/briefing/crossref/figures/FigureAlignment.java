package briefing.crossref.figures;

import briefing.crossref.DisjointSets;
import briefing.crossref.WordRarity;
import briefing.model.Source;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.Figure;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.Span;
import briefing.model.analysis.TimeMention;
import briefing.model.briefing.FigureComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Figures about the same thing, side by side per source. Two figures are about the same thing
 * when they count the same unit ("troops", "soldiers" and "troop" alike) and the words around
 * them say so: they share words near the figure, weighted by how rare each word is in the
 * briefing ({@link WordRarity}) and how near it stands ({@link FigureMention#closeness}).
 */
public final class FigureAlignment {
  /**
   * Units that say little on their own: two figures of people, money or shares must share a
   * telling word near them (a word used in fewer than one sentence in ten, within a few words of
   * both figures) to be the same figure, so "15,000 people killed" stays apart from "15,000
   * people attended" (ComparisonsTest). Two tolls of one conflict, worded differently, share
   * about 1; a place named beside every figure of a story only about 0.15.
   */
  static final double GENERIC_CLOSENESS = 0.3;
  /**
   * A specific unit ("troops", "warships") says much already: any word near both figures that
   * not every sentence uses will do, so "troops near Norland" meets "troops along Norland's
   * border" but "troops" sent elsewhere, with nothing in common around them, stays apart.
   */
  static final double SPECIFIC_CLOSENESS = 0.05;
  /**
   * Figures this far apart count different things ("saving them $600 a year" beside "$700
   * billion in savings", "43 cases in Kobe" beside "10,250 cases"), unless the unit is specific
   * and one is written as a scale alone, so "hundreds of troops" still meets "100,000 troops" as
   * a conflict. Two sides' tolls of one clash ten times apart ("12 protesters" against "more than
   * 150") are not compared: a conflict shown between different things misleads more than one
   * left out.
   */
  static final double GENERIC_SPREAD = 10;
  /**
   * A scale word is itself a range of ten ("thousands" is 2,000 to 9,999), and a report that
   * can only say "hundreds" may be far off: such a figure is compared up to this far apart, but
   * "millions killed" in another year's pandemic never meets "149 killed" this week.
   */
  static final double VAGUE_SPREAD = 1000;
  /** Reports this many days apart or fewer tell a moving count at one time ({@link #byDay}). */
  static final int SAME_NEWS_DAYS = 1;
  /** A count read a tenth lower on a later day still rose: reports round and hedge. */
  static final double RISE_TOLERANCE = 0.9;
  /** The least amount two differently named counts may meet at ({@link #sameAmountPairs}). */
  static final double SAME_AMOUNT_LEAST = 12;
  private static final Set<String> TIME_UNITS = Set.of("time", "year", "month", "week", "day", "hour", "minute");
  private static final Set<String> GENERIC_UNITS = Stream.concat(TIME_UNITS.stream(),
      Stream.of("people", "person", "%", "money", "other", "member", "resident")).collect(Collectors.toUnmodifiableSet());

  private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:dozens|scores|tens|hundreds|thousands|millions|billions)\\b");

  private FigureAlignment() {}

  /** The figures at least two sources give, each group side by side with its verdict. */
  public static List<FigureComparison> align(List<Source> sources) {
    return compared(groups(sources));
  }

  /** The groups two or more sources give, as comparisons, in the groups' order. */
  public static List<FigureComparison> compared(List<FigureGroup> groups) {
    return groups.stream().filter(g -> g.readings().size() >= 2).map(FigureGroup::comparison).toList();
  }

  /**
   * Every figure of every source, grouped: figures about the same thing from different sources
   * in one group, one reading per source; a source's repeats of its own figure join its group.
   * Groups with more sources come first, then conflicts before differences before agreement,
   * then by where the first reading is written. Topics are unique.
   */
  public static List<FigureGroup> groups(List<Source> sources) {
    List<FigureMention> mentions = mentions(sources);
    List<List<FigureMention>> clusters = cluster(mentions).stream().flatMap(c -> byDay(c).stream()).toList();
    List<FigureGroup> groups = new ArrayList<>();
    for (List<FigureMention> cluster : clusters) {
      Map<String, FigureMention> first = new TreeMap<>();
      List<FigureMention> repeats = new ArrayList<>();
      for (FigureMention m : cluster) {
        if (first.putIfAbsent(m.article(), m) != null) {
          repeats.add(m);
        }
      }
      List<FigureMention> readings = List.copyOf(first.values());
      groups.add(new FigureGroup(FigureTopics.topic(readings), FigureTopics.unit(readings), readings, repeats));
    }
    groups.sort(Comparator.comparing((FigureGroup g) -> -g.readings().size())
        .thenComparing(g -> g.readings().size() < 2 ? 0 : -g.comparison().verdict().ordinal())
        .thenComparing(g -> g.readings().get(0).citation()));
    return unique(groups);
  }

  /**
   * A count that rose from report to report over days ("killed 16" on Friday, "60" on Saturday,
   * "81" on Sunday) was told as it moved, not disputed: each day's reports (within
   * {@link #SAME_NEWS_DAYS} of the first) are compared apart from the others'. A count the
   * reports give lower on a later day, or a day at a time, stays one comparison: the reports
   * differ.
   */
  private static List<List<FigureMention>> byDay(List<FigureMention> cluster) {
    if (cluster.stream().anyMatch(m -> m.reported() == null)) {
      return List.of(cluster);
    }
    TreeMap<LocalDate, List<FigureMention>> days = new TreeMap<>();
    cluster.forEach(m -> days.computeIfAbsent(m.reported(), d -> new ArrayList<>()).add(m));
    if (days.size() < 2 || days.lastKey().toEpochDay() - days.firstKey().toEpochDay() <= SAME_NEWS_DAYS) {
      return List.of(cluster);
    }
    double previous = 0;
    for (List<FigureMention> day : days.values()) {
      double value = day.stream().mapToDouble(m -> (m.figure().low() + m.figure().high()) / 2).max().orElse(0);
      if (value < previous * RISE_TOLERANCE) {
        return List.of(cluster);
      }
      previous = Math.max(previous, value);
    }
    double first = days.firstEntry().getValue().stream().mapToDouble(m -> m.figure().high()).max().orElse(0);
    double last = days.lastEntry().getValue().stream().mapToDouble(m -> m.figure().low()).min().orElse(0);
    if (last <= first) {
      return List.of(cluster);
    }
    List<List<FigureMention>> windows = new ArrayList<>();
    LocalDate opened = null;
    for (Map.Entry<LocalDate, List<FigureMention>> day : days.entrySet()) {
      if (opened == null || day.getKey().toEpochDay() - opened.toEpochDay() > SAME_NEWS_DAYS) {
        windows.add(new ArrayList<>());
        opened = day.getKey();
      }
      windows.get(windows.size() - 1).addAll(day.getValue());
    }
    return windows;
  }

  private static List<FigureMention> mentions(List<Source> sources) {
    WordRarity rarity = WordRarity.of(sources);
    List<FigureMention> mentions = new ArrayList<>();
    for (Source source : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      Map<String, Sentence> sentences = source.analysis().sentences().stream()
          .collect(Collectors.toMap(Sentence::id, Function.identity()));
      Map<String, List<Span>> figures = source.analysis().figures().stream()
          .collect(Collectors.groupingBy(f -> f.span().sentence(), Collectors.mapping(Figure::span, Collectors.toList())));
      Map<String, List<EntityMention>> places = source.analysis().entities().stream()
          .filter(e -> e.kind() == EntityMention.Kind.PLACE)
          .collect(Collectors.groupingBy(e -> e.span().sentence()));
      Map<String, List<TimeMention>> times = source.analysis().times().stream()
          .collect(Collectors.groupingBy(t -> t.span().sentence()));
      Map<String, List<PersonMention>> people = source.analysis().people().stream()
          .collect(Collectors.groupingBy(p -> p.span().sentence()));
      LocalDate published = source.article().metadata().published() == null ? null
          : source.article().metadata().published().value().date();
      int order = 0;
      for (Figure figure : source.analysis().figures()) {
        String id = figure.span().sentence();
        Sentence sentence = sentences.get(id);
        if (sentence != null) {
          FigureMention.Surroundings around = new FigureMention.Surroundings(figures.get(id),
              places.getOrDefault(id, List.of()), times.getOrDefault(id, List.of()),
              people.getOrDefault(id, List.of()), published);
          mentions.add(FigureMention.of(source.id(), order++, figure, sentence, around, rarity));
        }
      }
    }
    return mentions;
  }

  /**
   * Complete-link clustering, closest pairs first: two clusters join only where every figure of
   * one is the same thing as every figure of the other, and never with two figures of one
   * source, so a chain of near things ("deaths in 1918" near "deaths in 1957" near "deaths this
   * week") never makes one comparison. Then each figure left alone joins a cluster holding a
   * figure of its own source that it repeats (the same amount, close enough), else stands alone.
   */
  private static List<List<FigureMention>> cluster(List<FigureMention> mentions) {
    // figures are the same thing only when they count one unit: pairs are sought within a unit
    Map<String, List<Integer>> byUnit = new TreeMap<>();
    Map<String, List<Integer>> byArticle = new TreeMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      byUnit.computeIfAbsent(mentions.get(i).unitKey(), k -> new ArrayList<>()).add(i);
      byArticle.computeIfAbsent(mentions.get(i).article(), k -> new ArrayList<>()).add(i);
    }
    List<Pair> pairs = pairsWithin(byUnit.values(), mentions, FigureAlignment::sameThing);
    pairs.addAll(sameAmountPairs(mentions));
    pairs.sort(Comparator.comparing((Pair p) -> -p.closeness)
        .thenComparing(Pair::i).thenComparing(Pair::j));
    DisjointSets<Integer> clusters = new DisjointSets<>(i -> mentions.get(i).article());
    Set<Long> same = new HashSet<>();
    for (Pair p : pairs) {
      same.add(key(p.i, p.j));
    }
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (Pair p : pairs) {
      int x = clusters.find(p.i);
      int y = clusters.find(p.j);
      if (x == y) {
        continue;
      }
      List<Integer> xs = members.getOrDefault(x, List.of(x));
      List<Integer> ys = members.getOrDefault(y, List.of(y));
      if (allSame(xs, ys, same) && clusters.joinIfApart(p.i, p.j)) {
        List<Integer> joined = new ArrayList<>(xs);
        joined.addAll(ys);
        members.remove(x);
        members.remove(y);
        members.put(clusters.find(p.i), joined);
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      if (clusters.alone(i)) {
        FigureMention m = mentions.get(i);
        for (int j : byArticle.get(m.article())) {
          FigureMention other = mentions.get(j);
          if (j != i && (j < i || !clusters.alone(j)) && repeats(m, other)) {
            clusters.join(i, j);
            break;
          }
        }
      }
    }
    return DisjointSets.groups(clusters, mentions);
  }

  /**
   * Pairs of figures that count things named differently but give the same amount to the
   * letter: "all 42 members of the caucus signed the letter" and "a letter signed by all 42
   * Senate Republicans", "nearly 90 professors" and "nearly 90 faculty members". Only counts of
   * {@link #SAME_AMOUNT_LEAST} or more (small numbers meet by chance), never money, shares or
   * spans of time (a different unit there is a different thing), with nothing beside them
   * setting them apart and a telling word near both, as for a generic unit.
   */
  private static List<Pair> sameAmountPairs(List<FigureMention> mentions) {
    Map<String, List<Integer>> byAmount = new TreeMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      FigureMention m = mentions.get(i);
      if (m.figure().low() >= SAME_AMOUNT_LEAST && !moneyShareOrTime(m)) {
        byAmount.computeIfAbsent(m.figure().low() + "/" + m.figure().high(), k -> new ArrayList<>()).add(i);
      }
    }
    return pairsWithin(byAmount.values(), mentions, (a, b) -> !a.unitKey().equals(b.unitKey())
        && !a.scope().differs(b.scope()) && a.closeness(b) >= GENERIC_CLOSENESS);
  }

  /** The pairs of figures of two articles, each within one of {@code buckets}, that {@code same} accepts. */
  private static List<Pair> pairsWithin(Collection<List<Integer>> buckets, List<FigureMention> mentions,
      BiPredicate<FigureMention, FigureMention> same) {
    List<Pair> pairs = new ArrayList<>();
    for (List<Integer> bucket : buckets) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          FigureMention a = mentions.get(bucket.get(x));
          FigureMention b = mentions.get(bucket.get(y));
          if (!a.article().equals(b.article()) && same.test(a, b)) {
            pairs.add(new Pair(bucket.get(x), bucket.get(y), a.closeness(b)));
          }
        }
      }
    }
    return pairs;
  }

  private static boolean moneyShareOrTime(FigureMention m) {
    String key = m.unitKey();
    return key.equals("%") || key.equals("money") || m.inCurrency() || TIME_UNITS.contains(key);
  }

  /** True when every figure of {@code xs} was paired with every figure of {@code ys}. */
  private static boolean allSame(List<Integer> xs, List<Integer> ys, Set<Long> same) {
    for (int x : xs) {
      for (int y : ys) {
        if (!same.contains(key(x, y))) {
          return false;
        }
      }
    }
    return true;
  }

  private static long key(int i, int j) {
    return (long) Math.min(i, j) << 32 | Math.max(i, j);
  }

  /**
   * True when {@code a} and {@code b} count the same unit, nothing beside them sets them apart
   * ({@link FigureScope#differs}) and their contexts are close enough.
   */
  static boolean sameThing(FigureMention a, FigureMention b) {
    if (!a.unitKey().equals(b.unitKey()) || a.scope().differs(b.scope())) {
      return false;
    }
    boolean generic = GENERIC_UNITS.contains(a.unitKey()) || a.inCurrency();
    double apart = apart(a.figure(), b.figure());
    if (apart > VAGUE_SPREAD || apart > GENERIC_SPREAD && (generic || !vague(a.figure()) && !vague(b.figure()))) {
      return false;
    }
    return a.closeness(b) >= (generic ? GENERIC_CLOSENESS : SPECIFIC_CLOSENESS);
  }

  /** True for an amount written as a scale alone: "hundreds of troops", "tens of thousands". */
  private static boolean vague(Figure f) {
    return VAGUE.matcher(f.text()).find();
  }

  /** How many times the larger figure's low exceeds the smaller's high; at most 1 when they overlap. */
  private static double apart(Figure a, Figure b) {
    Figure small = a.high() <= b.high() ? a : b;
    Figure large = small == a ? b : a;
    return small.high() <= 0 ? Double.MAX_VALUE : large.low() / small.high();
  }

  /**
   * True when {@code m} states the same amount as {@code other} (the same low or the same high,
   * to 1%: "more than $700 billion" is not repeated by "$882 billion") about the same thing.
   */
  private static boolean repeats(FigureMention m, FigureMention other) {
    Figure f = m.figure();
    Figure g = other.figure();
    return (near(f.low(), g.low()) || near(f.high(), g.high())) && sameThing(m, other);
  }

  private static boolean near(double a, double b) {
    return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
  }

  /** Topics made unique by numbering the later ones: "people (2)". */
  private static List<FigureGroup> unique(List<FigureGroup> groups) {
    Set<String> taken = new TreeSet<>();
    List<FigureGroup> unique = new ArrayList<>();
    for (FigureGroup g : groups) {
      String topic = g.topic();
      for (int n = 2; !taken.add(topic); n++) {
        topic = g.topic() + " (" + n + ")";
      }
      unique.add(new FigureGroup(topic, g.unit(), g.readings(), g.repeats()));
    }
    return unique;
  }

  private record Pair(int i, int j, double closeness) {}
}
