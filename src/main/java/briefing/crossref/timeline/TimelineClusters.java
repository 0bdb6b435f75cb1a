package briefing.crossref.timeline;

import briefing.model.briefing.EventDate;
import briefing.model.analysis.TimeMention.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Groups timeline candidates into happenings: sentences on the same date that share enough
 * content words are one happening, within a source and across sources, and so are one report's
 * sentences of one day about the same people or things, but not the acts of different people
 * that day (one person's post and another's statement it answers); then happenings that
 * different sources tell in nearly the same words on nearby dates, or on a day and the week,
 * month or year holding it ("on Wednesday", "this week"), are one happening whose sources
 * disagree on the date or date it more or less finely.
 */
final class TimelineClusters {
  /** Mean overlap with a happening's sentences for a sentence of the same date to join it. */
  static final double SAME_DATE = 0.3;
  /** Overlap of two sentences, one in each of two groups of a date, that joins the groups. */
  static final double CLOSE_PAIR = 0.4;
  /**
   * Overlap of two sources' leads of one date that joins their groups: reports of one day whose
   * openings share words tell of one happening, in their own words, unless they open with the
   * acts of different people (one's criticism and another's defence of one plan).
   */
  static final double LEAD_PAIR = 0.2;
  /** How many content words two leads must share for {@link #LEAD_PAIR} to join them. */
  static final int LEAD_WORDS = 3;
  /** Mean overlap for two sources' happenings on different dates to be taken as one. */
  static final double OTHER_DATE = 0.5;
  /** How far apart two sources' dates for one happening may be, in days (a week: weekdays). */
  private static final int DISAGREEMENT_DAYS = 7;

  /**
   * A person told of before, by pronoun, as what the sentence opens with ("She then …", "After
   * she refused …"), after an opening phrase too ("At Tuesday's hearing, she said"): the report
   * goes on about whom it told of. A pronoun further in ("… told the
   * host that he had doubts") is someone the sentence itself names, and ties nothing.
   */
  private static final Pattern SOMEONE = Pattern.compile(
      "(?i)^(?:[^,;:\"“”]{1,60},\\s+)?(?:\\S+\\s+){0,2}?(?:he|she)\\b");

  /** A capitalised word: a name, or a sentence's first word. */
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}.'’-]*");

  /**
   * Words a report sets another happening of the day apart with: "Brand, meanwhile, took on
   * Hallor on Tuesday", "In a separate move, the council …".
   */
  private static final Pattern MEANWHILE = Pattern.compile(
      "(?i)\\b(?:meanwhile|separately|elsewhere|in\\s+a\\s+separate)\\b");

  private TimelineClusters() {}

  /** One happening: the sentences that tell it, the first group being on its leading date. */
  record Happening(List<TimelineMention> mentions) {
    Happening {
      mentions = List.copyOf(mentions);
    }
  }

  /** The happenings of {@code mentions}, in date order; every body sentence is in exactly one. */
  static List<Happening> of(List<TimelineMention> mentions) {
    Map<EventDate, List<TimelineMention>> byDate = new TreeMap<>();
    for (TimelineMention m : mentions) {
      byDate.computeIfAbsent(m.when(), k -> new ArrayList<>()).add(m);
    }
    List<List<TimelineMention>> groups = new ArrayList<>();
    byDate.values().forEach(sameDay -> groups.addAll(sameDate(sameDay)));
    return disagreements(groups).stream().map(Happening::new).toList();
  }

  /**
   * Greedy grouping of one date's sentences: body sentences in citation order join the group
   * they share most words with on average, or start one; a headline only joins, never starts
   * one, so a headline repeating its article's first sentence does not make a second entry.
   */
  private static List<List<TimelineMention>> sameDate(List<TimelineMention> mentions) {
    List<List<TimelineMention>> groups = new ArrayList<>();
    List<TimelineMention> ordered = mentions.stream()
        .sorted(Comparator.comparing(TimelineMention::headline)
            .thenComparing(TimelineMention::citation))
        .toList();
    for (TimelineMention m : ordered) {
      List<TimelineMention> best = null;
      double bestScore = 0;
      for (List<TimelineMention> g : groups) {
        // another person's act of the same day starts a happening of its own
        if (otherActors(List.of(m), g)) {
          continue;
        }
        double score = mean(m, g);
        if (score > bestScore) {
          best = g;
          bestScore = score;
        }
      }
      if (best != null && bestScore >= SAME_DATE) {
        best.add(m);
      } else if (!m.headline()) {
        groups.add(new ArrayList<>(List.of(m)));
      }
    }
    return joinClosePairs(groups);
  }

  /**
   * Joins groups of one date where a sentence of one closely matches a sentence of the other:
   * the greedy pass can split one happening when its first sentences are told differently.
   */
  private static List<List<TimelineMention>> joinClosePairs(List<List<TimelineMention>> groups) {
    List<List<TimelineMention>> joined = new ArrayList<>();
    for (List<TimelineMention> g : groups) {
      List<TimelineMention> into = joined.stream()
          .filter(j -> closestPair(j, g) >= CLOSE_PAIR && !otherActors(j, g)
              || closestLeads(j, g) >= LEAD_PAIR && !otherActors(j, g)
              || sameSpeaker(j, g) || sameReportedDay(j, g) || retold(j, g) || retold(g, j))
          .findFirst().orElse(null);
      if (into == null) {
        joined.add(g);
      } else {
        into.addAll(g);
      }
    }
    return joined;
  }

  /**
   * True where two groups of one date tell the acts of different people: each has actors, none
   * in common, and one names none of the other's (one sister's post and, the same day, the other
   * sister's statement it answers). Two actors of one happening name each other ("Hallor met
   * Brand", "Brand told Hallor").
   */
  private static boolean otherActors(List<TimelineMention> a, List<TimelineMention> b) {
    Set<String> ofA = actors(a);
    Set<String> ofB = actors(b);
    if (ofA.isEmpty() || ofB.isEmpty() || ofA.stream().anyMatch(ofB::contains)) {
      return false;
    }
    return a.stream().noneMatch(m -> m.people().stream().anyMatch(ofB::contains))
        || b.stream().noneMatch(m -> m.people().stream().anyMatch(ofA::contains));
  }

  /**
   * The actors of the group's past acts: whoever announces a happening still ahead ("the meeting
   * will be held on the 12th, Brand said") is not its actor.
   */
  private static Set<String> actors(List<TimelineMention> group) {
    return group.stream().filter(m -> !m.headline()
            && (m.published() == null || !m.when().first().isAfter(m.published())))
        .map(TimelineMention::actor)
        .filter(Objects::nonNull).collect(Collectors.toSet());
  }

  /** True where a lead of {@code a} is told again, with its day, by a sentence of {@code b}. */
  private static boolean retold(List<TimelineMention> a, List<TimelineMention> b) {
    return a.stream().filter(m -> TimelineCandidates.retoldIn(m) != null)
        .anyMatch(m -> b.stream().anyMatch(o -> o.article().equals(m.article())
            && o.citation().sentence().equals(TimelineCandidates.retoldIn(m))));
  }

  /**
   * True where one person speaks in both groups of one date: what someone said on a day, told in
   * quotes by one report and in paraphrase by another, is one statement, one happening.
   */
  private static boolean sameSpeaker(List<TimelineMention> a, List<TimelineMention> b) {
    Set<String> speakers = a.stream().filter(TimelineClusters::speaksAsPerson)
        .map(TimelineMention::speaker).collect(Collectors.toSet());
    return b.stream().filter(TimelineClusters::speaksAsPerson)
        .anyMatch(m -> speakers.contains(m.speaker()));
  }

  /**
   * True where one report dates a sentence of each group to this same day, in words of its own,
   * and the two tell of the same people or things ("at a hearing Wednesday" and "at Wednesday's
   * hearing"; "she" going on about whom the report told of): a report that tells of a day goes on
   * about that day's happening. A report's two unrelated happenings of one day stay apart, and so
   * do two the report sets apart ("Brand, meanwhile, took on Hallor on Tuesday").
   */
  private static boolean sameReportedDay(List<TimelineMention> a, List<TimelineMention> b) {
    return a.stream().filter(TimelineClusters::datesTheDay)
        .anyMatch(m -> b.stream().filter(TimelineClusters::datesTheDay)
            .anyMatch(o -> o.article().equals(m.article()) && tied(m, o)
                && !setApart(m) && !setApart(o)
                && !otherActors(List.of(m), List.of(o))));
  }

  /** True where the report sets the sentence's happening apart from the others of its day. */
  private static boolean setApart(TimelineMention m) {
    return MEANWHILE.matcher(m.text()).find();
  }

  /**
   * A writer's sentence that states a day of its own: not a quotation, not an undated lead, not a
   * happening another is counted from ("a day after the navy unveiled plans"), which is an aside.
   */
  private static boolean datesTheDay(TimelineMention m) {
    return !m.headline() && !m.quoted() && !m.written().isEmpty() && m.when().day().isPresent()
        && !TimelineCandidates.isCounted(m);
  }

  /**
   * Two sentences of one report naming one person, sharing a thing (a common noun or verb: "the
   * hearing", "the talks"), or going on about someone; a shared name alone ("Norlandic", "the
   * Hallor administration") ties nothing, since a report names its country or leader everywhere.
   */
  private static boolean tied(TimelineMention a, TimelineMention b) {
    Set<String> things = TimelineWords.of(NAME.matcher(a.text()).replaceAll(" "));
    return a.people().stream().anyMatch(b.people()::contains)
        || TimelineWords.of(NAME.matcher(b.text()).replaceAll(" ")).stream().anyMatch(things::contains)
        || SOMEONE.matcher(a.text()).lookingAt() || SOMEONE.matcher(b.text()).lookingAt();
  }

  /** A speaker the people merge knows (a person id), not a description or a bare name. */
  private static boolean speaksAsPerson(TimelineMention m) {
    return m.speaker() != null && m.people().contains(m.speaker());
  }

  /**
   * How close a lead of {@code b} is to the other sources' leads of {@code a}, on average, the
   * closest lead counting: a lead close to one report of a happening told by several, and not to
   * the others, chains another happening of the day to it. Two shared words are not enough for
   * leads: every report of a story shares its own ("swine flu").
   */
  private static double closestLeads(List<TimelineMention> a, List<TimelineMention> b) {
    return b.stream().filter(TimelineMention::lead)
        .mapToDouble(o -> a.stream().filter(m -> m.lead() && !m.article().equals(o.article()))
            .mapToDouble(m -> shared(m.words(), o.words()) < LEAD_WORDS ? 0
                : TimelineWords.overlap(m.words(), o.words())).average().orElse(0))
        .max().orElse(0);
  }

  private static long shared(Set<String> a, Set<String> b) {
    return a.stream().filter(b::contains).count();
  }

  /**
   * How close a sentence of {@code b} is to {@code a}'s reports: its overlap with each report's
   * closest sentence, on average over the reports, the closest sentence of {@code b} counting
   * (single links between the groups' closest pairs chained a busy day's happenings into one).
   */
  private static double closestPair(List<TimelineMention> a, List<TimelineMention> b) {
    // the average is at most the closest pair's overlap: most groups are told apart by it alone
    double closest = a.stream().filter(m -> !m.headline())
        .flatMap(m -> b.stream().filter(o -> !o.headline())
            .map(o -> TimelineWords.overlap(m.words(), o.words())))
        .mapToDouble(Double::doubleValue).max().orElse(0);
    if (closest < CLOSE_PAIR) {
      return closest;
    }
    Map<String, List<TimelineMention>> byArticle = a.stream().filter(m -> !m.headline())
        .collect(Collectors.groupingBy(TimelineMention::article));
    return b.stream().filter(o -> !o.headline())
        .mapToDouble(o -> byArticle.values().stream()
            .mapToDouble(told -> told.stream()
                .mapToDouble(m -> TimelineWords.overlap(m.words(), o.words())).max().orElse(0))
            .average().orElse(0))
        .max().orElse(0);
  }

  /**
   * Joins a group to an earlier one when other sources tell the same happening in nearly the
   * same words on a date up to a week apart, on a coarser date holding it (the week, month or
   * year: in date order it comes first), or on the same day of a neighbouring year (a yearless
   * date read in the wrong year). A source that dates both apart tells of two
   * happenings, so groups sharing a source are never joined.
   */
  private static List<List<TimelineMention>> disagreements(List<List<TimelineMention>> groups) {
    List<List<TimelineMention>> joined = new ArrayList<>();
    // Which joined groups hold a date, by precision and first day: a group is compared only with
    // those holding a date nearby (see nearby), not with every group before it. Comparing with
    // all was quadratic in the story's dates (H1N1, 396 articles: 1.1 s of 11 s).
    Map<String, Set<Integer>> holding = new HashMap<>();
    // each joined group's words, and which of its sentences hold each: a sentence is compared
    // only with the sentences it shares a word with (big groups made this step quadratic)
    List<Map<String, List<Integer>>> wordsOf = new ArrayList<>();
    for (List<TimelineMention> g : groups) {
      List<TimelineMention> best = null;
      int bestIndex = -1;
      double bestScore = 0;
      for (int index : candidates(holding, g.get(0).when())) {
        List<TimelineMention> j = joined.get(index);
        if (!canDisagree(j, g)) {
          continue;
        }
        Map<String, List<Integer>> indexed = wordsOf.get(index);
        double score = g.stream().mapToDouble(m -> mean(m, j, indexed)).average().orElse(0);
        if (score > bestScore) {
          best = j;
          bestIndex = index;
          bestScore = score;
        }
      }
      if (best != null && bestScore >= OTHER_DATE) {
        for (TimelineMention m : g) {
          index(wordsOf.get(bestIndex), m, best.size());
          best.add(m);
        }
      } else {
        bestIndex = joined.size();
        joined.add(new ArrayList<>(g));
        Map<String, List<Integer>> words = new HashMap<>();
        for (int k = 0; k < g.size(); k++) {
          index(words, g.get(k), k);
        }
        wordsOf.add(words);
      }
      for (TimelineMention m : g) {
        // a weekend is held under its week's Monday, where a day of it looks for its week
        LocalDate first = m.when().precision() == Precision.WEEK
            ? startOf(Precision.WEEK, m.when().first()) : m.when().first();
        holding.computeIfAbsent(dateKey(m.when().precision(), first), k -> new TreeSet<>())
            .add(bestIndex);
      }
    }
    return joined;
  }

  /** The joined groups, in the order they were made, holding a date that may be nearby {@code date}. */
  private static Set<Integer> candidates(Map<String, Set<Integer>> holding, EventDate date) {
    Set<Integer> found = new TreeSet<>();
    LocalDate first = date.first();
    List<LocalDate> days = new ArrayList<>(List.of(first.minusYears(1), first.plusYears(1)));
    for (int d = -DISAGREEMENT_DAYS; d <= DISAGREEMENT_DAYS; d++) {
      days.add(first.plusDays(d));
    }
    for (LocalDate day : days) {
      found.addAll(holding.getOrDefault(dateKey(date.precision(), day), Set.of()));
    }
    // a coarser date holding this one ("this week", "in December") comes before it in date order
    for (Precision coarser : List.of(Precision.YEAR, Precision.MONTH, Precision.WEEK)) {
      if (coarser.compareTo(date.precision()) < 0) {
        found.addAll(holding.getOrDefault(dateKey(coarser, startOf(coarser, first)), Set.of()));
      }
    }
    return found;
  }

  private static LocalDate startOf(Precision precision, LocalDate day) {
    return switch (precision) {
      case YEAR -> day.withDayOfYear(1);
      case MONTH -> day.withDayOfMonth(1);
      default -> day.with(DayOfWeek.MONDAY);
    };
  }

  private static String dateKey(Object precision, LocalDate first) {
    return precision + " " + first;
  }

  private static boolean canDisagree(List<TimelineMention> a, List<TimelineMention> b) {
    Set<String> sourcesOfA = a.stream().map(TimelineMention::article).collect(Collectors.toSet());
    if (b.stream().anyMatch(m -> sourcesOfA.contains(m.article()))) {
      return false;
    }
    Set<EventDate> datesOfA = a.stream().map(TimelineMention::when).collect(Collectors.toSet());
    EventDate other = b.get(0).when();
    return datesOfA.stream().anyMatch(d -> nearby(d, other) || other.within(d));
  }

  private static boolean nearby(EventDate a, EventDate b) {
    if (a.precision() != b.precision() || a.equals(b)) {
      return false;
    }
    LocalDate x = a.first();
    LocalDate y = b.first();
    long days = Math.abs(ChronoUnit.DAYS.between(x, y));
    boolean yearOff = Math.abs(x.getYear() - y.getYear()) == 1
        && x.getMonth() == y.getMonth() && x.getDayOfMonth() == y.getDayOfMonth();
    return days <= DISAGREEMENT_DAYS || yearOff;
  }

  private static void index(Map<String, List<Integer>> words, TimelineMention m, int at) {
    for (String w : m.words()) {
      words.computeIfAbsent(w, k -> new ArrayList<>()).add(at);
    }
  }

  /**
   * {@link #mean}, with the words of {@code group}'s sentences indexed: the same overlaps, in
   * the same order, counted only where a sentence shares a word.
   */
  private static double mean(TimelineMention m, List<TimelineMention> group, Map<String, List<Integer>> words) {
    int[] shared = new int[group.size()];
    for (String w : m.words()) {
      for (int o : words.getOrDefault(w, List.of())) {
        shared[o]++;
      }
    }
    double[] overlaps = new double[group.size()];
    for (int o = 0; o < overlaps.length; o++) {
      overlaps[o] = TimelineWords.overlap(shared[o], m.words().size(), group.get(o).words().size());
    }
    return Arrays.stream(overlaps).average().orElse(0);
  }

  /** The mean overlap of {@code m} with the sentences of {@code group}. */
  static double mean(TimelineMention m, List<TimelineMention> group) {
    return group.stream().mapToDouble(o -> TimelineWords.overlap(m.words(), o.words()))
        .average().orElse(0);
  }
}
