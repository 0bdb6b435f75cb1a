package briefing.crossref;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.Event;
import briefing.text.CalendarWords;
import briefing.text.Datelines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
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
   * lead's length (tuned on the BASIL stories of the summary evaluation's tuning part). The words
   * telling the main happening more fully ({@link #detail}) count.
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
  /**
   * How many words the brief's account of its main happening runs to, its summary counted: a
   * news lead tells the main happening in about three sentences (tuned on the summary
   * evaluation's tuning part, against each outlet's lead with that outlet left out).
   */
  static final int MAIN_WORDS = 60;
  /** The last sentence of a report's opening the brief's main happening is told from. */
  private static final int OPENING = 4;
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
    return choose(events, n, main -> 0);
  }

  /**
   * The story in brief of {@code events}, told from {@code sources}: the events it tells, at most
   * {@link #LENGTH}, its main happening told more fully ({@link #detail}), those words counted in
   * its length.
   *
   * @param events the ids of the events the brief tells, in its order
   * @param more the sentences telling its main happening more fully
   */
  record Told(List<String> events, List<Event.Excerpt> more) {
    static Told of(List<Event> events, List<Source> sources) {
      List<String> ids = choose(events, LENGTH, main -> StoryBrief.detail(events, List.of(main.id()), sources)
          .stream().mapToInt(d -> ComparisonWords.written(d.text()).size()).sum());
      return new Told(ids, StoryBrief.detail(events, ids, sources));
    }
  }

  /**
   * The ids of at most {@code n} events, in the order the brief tells them, the words {@code
   * fuller} tells the main happening in besides its summary counted in the brief's length.
   */
  private static List<String> choose(List<Event> events, int n, ToIntFunction<Event> fuller) {
    // a statement made apart is a voice answering the story, not a happening of it
    List<Event> told = events.stream().filter(e -> e.kind() != Event.Kind.BACKGROUND
        && !e.statement()).toList();
    List<Event> own = told.stream().filter(e -> e.kind() == Event.Kind.STORY).toList();
    if (told.isEmpty() || n <= 0) {
      return List.of();
    }
    return new StoryBrief(told).choose(told, own.isEmpty() ? told : own, own.isEmpty(), n, fuller);
  }

  private List<String> choose(List<Event> told, List<Event> story, boolean onlyAnnounced, int n,
      ToIntFunction<Event> fuller) {
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
    int words = chosen.stream().mapToInt(StoryBrief::length).sum() + fuller.applyAsInt(main);
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
   * The sentences that tell the brief's main happening ({@code brief}'s first event) more fully
   * than its summary: the ones the event cites in its reports' openings (their first three body
   * sentences, no caption), one at a time the one nearest what these openings say together, less
   * the share of its words already told ({@link #NOVELTY}), until the account runs to
   * {@link #MAIN_WORDS} words. Not a quotation or a speaker's voice, and not one that mostly says
   * again the summary, a sentence chosen before, or another event of the brief ({@link
   * #REPEATED}). Each with its words, a wire dateline left out.
   */
  static List<Event.Excerpt> detail(List<Event> events, List<String> brief, List<Source> sources) {
    if (brief.isEmpty()) {
      return List.of();
    }
    Map<String, Event> byId = new HashMap<>();
    events.forEach(e -> byId.put(e.id(), e));
    Event main = byId.get(brief.get(0));
    Map<Citation, String> opening = new TreeMap<>();
    for (Source s : sources) {
      for (Sentence x : s.analysis().sentences()) {
        Citation c = new Citation(s.id(), x.id());
        if (!x.isHeadline() && c.number() <= OPENING && main.citations().contains(c)
            && !c.equals(main.summaryFrom()) && !s.article().caption(x.block())) {
          opening.put(c, Datelines.without(x.text()));
        }
      }
    }
    Map<String, Double> centre = new HashMap<>();
    opening.values().forEach(t -> ComparisonWords.content(t).forEach(w -> centre.merge(w, 1.0, Double::sum)));
    List<Set<String>> told = new ArrayList<>();
    brief.stream().map(byId::get).forEach(e -> told.add(Set.copyOf(ComparisonWords.content(e.summary()))));
    List<Event.Excerpt> chosen = new ArrayList<>();
    int words = length(main);
    Map<Citation, String> left = new TreeMap<>(opening);
    List<String> texts = new ArrayList<>(List.of(main.summary()));
    while (words < MAIN_WORDS) {
      Citation next = null;
      double best = Double.NEGATIVE_INFINITY;
      for (Map.Entry<Citation, String> candidate : left.entrySet()) {
        String text = candidate.getValue();
        Set<String> own = Set.copyOf(ComparisonWords.content(text));
        double said = told.stream().mapToDouble(t -> share(own, t)).max().orElse(0);
        if (!tells(text) || mostlyQuoted(text) || BACK_REFERENCE.matcher(text).lookingAt()
            || ASIDE.matcher(text).lookingAt() || !text.strip().matches("(?s).*[.!][\"”’)]*")
            || own.isEmpty() || said >= REPEATED || countsAgain(text, own, texts)) {
          continue;
        }
        double score = cosine(text, centre) - NOVELTY * said;
        if (score > best) {
          best = score;
          next = candidate.getKey();
        }
      }
      if (next == null) {
        break;
      }
      String text = left.remove(next);
      chosen.add(new Event.Excerpt(next, text));
      texts.add(text);
      told.add(Set.copyOf(ComparisonWords.content(text)));
      words += ComparisonWords.written(text).size();
    }
    // as the reports tell them: a sentence that builds on one before it comes after it
    chosen.sort(Comparator.comparing(Event.Excerpt::citation));
    return chosen;
  }

  /** The share of a sentence's words told already that makes it a repetition in the account of the main happening. */
  private static final double REPEATED = 0.5;
  /** How much a sentence of that account loses for each share of its words told already. */
  private static final double NOVELTY = 1.0;

  /**
   * True where {@code text} gives a figure and so does a sentence already told that shares
   * {@link #SAME_COUNT} of its words ("About 300 residents attended the meeting at the town hall"
   * and "More than 150 people packed the town hall for the meeting"): two sources' counts of one
   * thing, which the comparisons set side by side; the brief tells one.
   */
  private static boolean countsAgain(String text, Set<String> own, List<String> told) {
    return FIGURE.matcher(text).find() && told.stream().anyMatch(t -> FIGURE.matcher(t).find()
        && (ComparisonWords.content(t).stream().distinct().filter(own::contains).count() >= SAME_COUNT
            || TALLY.matcher(t).find() && TALLY.matcher(text).find()
            || MONEY.matcher(t).find() && MONEY.matcher(text).find()));
  }

  /** A vote's tally: "7-2", "by a vote of 7 to 2". */
  private static final Pattern TALLY = Pattern.compile("\\b\\d{1,3}(?:-| to )\\d{1,3}\\b");
  /** A sum of money: "$4 million", "£300". */
  private static final Pattern MONEY = Pattern.compile("[$£€]\\s?\\d");

  /** How many words two sentences with figures must share to count one thing. */
  private static final int SAME_COUNT = 3;
  private static final Pattern FIGURE = Pattern.compile("\\d");

  /**
   * True where most of a sentence's words lie inside quotation marks ("Mayor Cole said: 'The wall
   * has protected this town for a century.'"): a voice, which the brief leaves to the quotes.
   */
  static boolean mostlyQuoted(String text) {
    int all = ComparisonWords.written(text).size();
    int outside = ComparisonWords.written(QUOTATION.matcher(text).replaceAll(" ")).size();
    return all > 0 && outside * 2 < all;
  }

  /**
   * A sentence whose subject refers back by a pronoun, after a conjunction or an opening phrase
   * too ("But he aimed …", "Using his chalkboard, he took …"): out of its report, no reader knows
   * whom it means.
   */
  private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)(?:(?:but|and|yet|so|still|then)\\s+)?(?:he|she|they|it|this|these"
      + "|those|his|her|their|its)\\b|[^;:\"“”]{1,80}?,\\s+(?:he|she|they)\\s+\\p{Ll}");

  /**
   * What opens a sentence that turns to something else, or leans on one before it, or is no
   * report at all: "Meanwhile, …", "However, …", "In other business, …", "The move comes …",
   * "The former …", "Both men …", "Editor's note: …", "Click here …", "Read more: …".
   */
  private static final Pattern ASIDE = Pattern.compile("(?i)(?:meanwhile|however|instead|still|also"
      + "|separately|elsewhere|in other (?:business|news)|in a separate|the (?:move|decision|vote|announcement)"
      + " (?:comes|came)|the (?:former|latter)|both|neither|the two|that|editor['’]s note|correction"
      + "|click|read more|watch|follow|related|photo|advertisement|copyright)\\b|.*\\bcontributed to this report");

  /** A quotation, in straight or curly marks. */
  private static final Pattern QUOTATION = Pattern.compile("[\"“][^\"“”]*[\"”]");

  /** The cosine of {@code text}'s content words with {@code centre}'s counts. */
  private static double cosine(String text, Map<String, Double> centre) {
    Map<String, Double> own = new HashMap<>();
    ComparisonWords.content(text).forEach(w -> own.merge(w, 1.0, Double::sum));
    double dot = 0;
    for (var w : own.entrySet()) {
      dot += w.getValue() * centre.getOrDefault(w.getKey(), 0.0);
    }
    double a = own.values().stream().mapToDouble(x -> x * x).sum();
    double b = centre.values().stream().mapToDouble(x -> x * x).sum();
    return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
  }

  /** The share of the smaller of two sets of words that the other holds too. */
  private static double share(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    long shared = x.stream().filter(y::contains).count();
    return (double) shared / Math.min(x.size(), y.size());
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
    return tells(e.summary());
  }

  /** {@link #tells(Event)} of a sentence's words. */
  static boolean tells(String text) {
    String s = text.strip();
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
    return share(content.get(a), content.get(b));
  }

  private String keyOnce(Event e) {
    return keys.computeIfAbsent(e, StoryBrief::key);
  }

  private static String key(Event e) {
    return e.summary().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
