package briefing.crossref;

import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.Event;
import briefing.text.CalendarWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The story in brief: a short account a reader can trust, chosen from the timeline. It leads with
 * the main happening (the one most sources report), then tells the rest in the order of their
 * dates up to the latest state of the story, and what is announced next where the story leaves
 * room: after the main happening no date shown goes back. It runs to about a news lead's length,
 * tells no sentence twice and none that mostly repeats another, and prefers the writers' account
 * of a happening with its actors to a fragment, a voice, or a happening known only by its month or
 * year. Its weights were tuned on the summary evaluation's tuning part of BASIL
 * ({@code eval-summary}); fixtures in {@code StoryBriefTest}.
 */
final class StoryBrief {
  /** How many events the brief tells at most. */
  static final int LENGTH = 6;
  /**
   * The brief stops once it has told this many words, so it runs to about a hundred: a news
   * lead's length (tuned on the BASIL stories of the summary evaluation's tuning part).
   */
  static final int WORDS = 80;
  /** The last sentence of a report's opening, its headline counted. */
  private static final int LEAD = 3;
  /** How much a sentence loses for each share of its words the brief has already told. */
  private static final double REDUNDANCY = 1.0;
  /** A sentence sharing this much of its words with one the brief tells repeats it. */
  private static final double REPEAT = 0.6;
  /** Below this worth an event is left out, however short the brief: nothing else backs it. */
  private static final double FLOOR = -0.2;
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|we|We|my|My|our|Our|me|us)\\b");

  /** Each event's content words, read once. */
  private final Map<Event, Set<String>> content = new IdentityHashMap<>();
  /** What each event is worth to the brief ({@link #merit}). */
  private final Map<Event, Double> worth = new IdentityHashMap<>();
  /**
   * How many sources report each event, whether it {@link #tells}, how many reports it
   * {@link #leads} and its {@link #key}, each worked out once: choosing compares every event
   * with every other and with each chosen one.
   */
  private final Map<Event, Integer> sources = new IdentityHashMap<>();
  private final Map<Event, Boolean> telling = new IdentityHashMap<>();
  private final Map<Event, Long> leading = new IdentityHashMap<>();
  private final Map<Event, String> keys = new IdentityHashMap<>();

  private StoryBrief(List<Event> told) {
    Map<String, Double> centre = new HashMap<>();
    for (Event e : told) {
      sources.put(e, e.sources().size());
      List<String> words = ComparisonWords.content(e.summary());
      content.put(e, Set.copyOf(words));
      words.forEach(w -> centre.merge(w, (double) sources.get(e), Double::sum));
    }
    double norm = centre.values().stream().mapToDouble(x -> x * x).sum();
    double most = told.stream().mapToInt(sources::get).max().orElse(1);
    for (Event e : told) {
      worth.put(e, merit(e, sources.get(e), centre, norm, most));
    }
  }

  /** The ids of at most {@code n} events, in the order the brief tells them. */
  static List<String> choose(List<Event> events, int n) {
    // a statement made apart is a voice answering the story, not a happening of it
    List<Event> told = events.stream().filter(e -> e.kind() != Event.Kind.BACKGROUND
        && !e.statement()).toList();
    List<Event> own = told.stream().filter(e -> e.kind() == Event.Kind.STORY).toList();
    if (told.isEmpty() || n <= 0) {
      return List.of();
    }
    return new StoryBrief(told).choose(told, own.isEmpty() ? told : own, own.isEmpty(), n);
  }

  private List<String> choose(List<Event> told, List<Event> story, boolean onlyAnnounced, int n) {
    Comparator<Event> weight = Comparator.comparingInt((Event e) -> sources.get(e))
        .thenComparingLong(this::leadsOnce).thenComparing(this::tellsOnce)
        .thenComparingDouble(worth::get).thenComparing(Event::id, Comparator.reverseOrder());
    Event main = story.stream().max(weight).orElseThrow();
    List<Event> chosen = new ArrayList<>(List.of(main));
    // the latest state of the story: its last happening told in a sentence of its own
    Event latest = story.stream().filter(e -> tellsOnce(e) && e.precision().compareTo(Precision.DAY) >= 0)
        .max(Comparator.comparing(Event::date).thenComparing(weight))
        .filter(e -> !repeats(e, chosen)).orElse(null);
    if (latest != null) {
      chosen.add(latest);
    }
    // what is announced next counts once, and only told in a sentence of its own
    List<Event> pool = told.stream()
        .filter(e -> e.kind() != Event.Kind.ANNOUNCED || onlyAnnounced || tellsOnce(e)).toList();
    int words = chosen.stream().mapToInt(StoryBrief::length).sum();
    while (chosen.size() < n && words < WORDS) {
      boolean announced = chosen.stream().anyMatch(e -> e.kind() == Event.Kind.ANNOUNCED);
      Event next = null;
      double best = Double.NEGATIVE_INFINITY;
      for (Event e : pool) {
        if (chosen.contains(e) || repeats(e, chosen)
            || announced && e.kind() == Event.Kind.ANNOUNCED && !onlyAnnounced) {
          continue;
        }
        // maximal marginal relevance: worth, less the share of its words already told
        double said = chosen.stream().mapToDouble(c -> overlap(e, c)).max().orElse(0);
        double score = worth.get(e) - REDUNDANCY * said;
        if (score > best) {
          best = score;
          next = e;
        }
      }
      if (next == null || best < FLOOR) {
        break;
      }
      chosen.add(next);
      words += length(next);
    }
    // Main first, then the rest in the order of the dates shown beside them: a reader takes a
    // date that goes back as a mistake. So the latest happening closes the brief unless a plan
    // announced for later is told, which then closes it as what comes next.
    List<String> ids = new ArrayList<>(List.of(main.id()));
    chosen.subList(1, chosen.size()).stream()
        .sorted(Comparator.comparing(Event::date)
            .thenComparing((Event e) -> e.kind() == Event.Kind.ANNOUNCED).thenComparing(Event::id))
        .forEach(e -> ids.add(e.id()));
    return ids;
  }

  /**
   * What an event is worth to the brief: the share of sources and of reports' openings that
   * carry it and how near its words are to the rest of the story's ({@code centre}: every
   * event's words counted once per source, {@code norm} its squared length), less what a reader
   * would not take as an account of a happening.
   */
  private static double merit(Event e, int sources, Map<String, Double> centre, double norm, double most) {
    Map<String, Double> own = new HashMap<>();
    ComparisonWords.content(e.summary()).forEach(w -> own.merge(w, 1.0, Double::sum));
    // the cosine of the event's words with the centre's once the event's own are taken out
    double dot = 0;
    double others = norm;
    for (var w : own.entrySet()) {
      double all = centre.getOrDefault(w.getKey(), 0.0);
      double rest = all - w.getValue() * sources;
      dot += w.getValue() * rest;
      others += rest * rest - all * all;
    }
    double ownNorm = own.values().stream().mapToDouble(x -> x * x).sum();
    double near = dot <= 0 || others <= 0 ? 0 : dot / Math.sqrt(ownNorm * others);
    double m = sources / most + leads(e) / most + near;
    if (!tells(e)) {
      m -= 0.5;
    }
    if (!actors(e)) {
      m -= 0.2; // "It used to be that …": a scene, not a happening
    }
    if (e.precision().compareTo(Precision.DAY) < 0 && e.kind() != Event.Kind.ANNOUNCED) {
      m -= 0.6; // "this year", "last month": rarely the happening itself; plans are for June
    }
    if (length(e) < 8 || length(e) > 40) {
      m -= 0.2;
    }
    return m;
  }

  private long leadsOnce(Event e) {
    return leading.computeIfAbsent(e, StoryBrief::leads);
  }

  private boolean tellsOnce(Event e) {
    return telling.computeIfAbsent(e, StoryBrief::tells);
  }

  /** How many reports the event opens: news tells what matters most first. */
  private static long leads(Event e) {
    return e.citations().stream().filter(c -> c.number() <= LEAD)
        .map(c -> c.article()).distinct().count();
  }

  /**
   * True where the summary is a whole sentence in the writer's own words: not a piece of one
   * ("… said talks were likely …", or "… said in a statement:" that only leads into a
   * quotation), and not a voice (a quotation, or "I" and "we" outside one: a speaker's sentence
   * the splitter parted from its quotation marks).
   */
  static boolean tells(Event e) {
    String s = e.summary().strip();
    if (s.isEmpty() || s.startsWith("…") || s.endsWith("…") || s.endsWith(":")
        || Character.isLowerCase(s.charAt(0))) {
      return false;
    }
    return !s.startsWith("“") && !s.startsWith("\"") && !s.startsWith("‘")
        && !FIRST_PERSON.matcher(s.replaceAll("[“\"][^”\"]*[”\"]", "")).find();
  }

  /** True where the summary names who acts: a person, or a name the writer capitalises. */
  private static boolean actors(Event e) {
    return !e.people().isEmpty() || ComparisonWords.written(e.summary()).stream().skip(1)
        .anyMatch(w -> Character.isUpperCase(w.charAt(0)) && !CalendarWords.isMonthWord(w)
            && CalendarWords.weekday(w) == null);
  }

  private static int length(Event e) {
    return ComparisonWords.written(e.summary()).size();
  }

  /** True where {@code e} says again what one of {@code chosen} says. */
  private boolean repeats(Event e, List<Event> chosen) {
    return chosen.stream().anyMatch(c -> keyOnce(c).equals(keyOnce(e)) || overlap(e, c) >= REPEAT);
  }

  /** The share of the shorter sentence's content words the other has too. */
  private double overlap(Event a, Event b) {
    Set<String> x = content.get(a);
    Set<String> y = content.get(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    long shared = x.stream().filter(y::contains).count();
    return (double) shared / Math.min(x.size(), y.size());
  }

  private String keyOnce(Event e) {
    return keys.computeIfAbsent(e, StoryBrief::key);
  }

  private static String key(Event e) {
    return e.summary().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
