package briefing.crossref.figures;

import briefing.crossref.ComparisonWords;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.TimeMention;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the words beside a figure say about what it counts, beyond its unit: where, when, how
 * often, and what befell the people counted. Two figures whose scopes differ count different
 * things however alike their words are.
 *
 * @param places the places named beside it, lowercased ("mexico", "south east asia")
 * @param years the years named near it other than its report's ("1918" of "the 1918 pandemic
 *     killed 50 million"): a figure of another time
 * @param rate true for a count of a repeated span ("kills 250,000 people a year")
 * @param fate what befell the people counted: {@link #DEATH}, {@link #ILLNESS} or null
 * @param status {@link #CONFIRMED} or {@link #SUSPECTED} where the words beside it say which
 * @param newOn for a count of what is new ("12 new cases", "a further 17"), the day of its
 *     report; null for a total
 * @param owner the surname of the person whose figure it is, named just before it ("Gingrich
 *     garnered 11 percent", "Palin (12 percent)"), lowercased, or null
 */
record FigureScope(Set<String> places, Set<Integer> years, boolean rate, String fate, String status,
    LocalDate newOn, String owner) {
  /** People counted by how they died: "killed 149 people", "claimed a million lives". */
  static final String DEATH = "death";
  /** People counted by falling ill: "infected 1,000 people", "1,004 cases". */
  static final String ILLNESS = "case";
  /** A count its words call confirmed: "confirmed 20 deaths", "20 confirmed cases". */
  static final String CONFIRMED = "confirmed";
  /** A count its words call suspected or possible: "suspected of killing 81", "1,004 suspected cases". */
  static final String SUSPECTED = "suspected";
  private static final Set<String> CONFIRMING = Set.of("confirmed", "confirm", "confirms", "proven", "verified");
  private static final Set<String> SUSPECTING = Set.of("suspected", "suspect", "possible", "probable", "likely",
      "believed", "feared", "unconfirmed");
  /**
   * How near the figure, in words, a year must stand to date it: "a flu pandemic in 1968
   * killed about 1 million", but not "annexed Crimea in 2014 and backed an uprising … in a
   * conflict it says killed 15,000 people".
   */
  private static final int YEAR_WORDS = 10;
  /** How near before the figure, in words, a person must be named to own it. */
  private static final int OWNER_WORDS = 3;
  /** Words between a name and a figure that make the person its teller, not its owner. */
  private static final Set<String> TELLING = Set.of("said", "says", "say", "told", "tells", "according",
      "reported", "reports", "estimated", "estimates", "announced", "added", "claimed", "claims");
  /** How near the figure, in words, a word must stand to say what befell its people. */
  private static final int FATE_WORDS = 4;
  /** Words of falling ill, in content form. */
  private static final Set<String> ILL = Set.of("infected", "infect", "infection", "sick", "ill",
      "illness", "diagnosed", "contracted", "case", "hospitalised", "hospitalized");
  /** Words that make a count a rate: "a year", "each day", "annually". */
  private static final Pattern RATE = Pattern.compile("(?i)\\b(?:annually|yearly|(?:a|each|every|per) (?:year|month|week|day)"
      + "(?!\\s+(?:ago|earlier|before|later))|year after year|in an average year)\\b");
  /** Words before a figure that count what is new: "a further 17", "another 59". */
  private static final Pattern NEW_BEFORE = Pattern.compile("(?i)\\b(?:further|another|additional)\\s*$");
  /** Words inside a figure, after its number, that count what is new: "12 new cases", "17 more". */
  private static final Pattern NEW_INSIDE = Pattern.compile("(?i)\\d\\s+(?:new|additional|further|more)\\b");

  FigureScope {
    places = Collections.unmodifiableSet(new TreeSet<>(places));
    years = Collections.unmodifiableSet(new TreeSet<>(years));
  }

  /**
   * The scope of the figure written {@code written} at {@code start..end} of {@code text}, whose
   * own words run from {@code from} to {@code to} (up to the sentence's other figures), in a
   * report of {@code published} (null where unknown); {@code unitFate} is the fate its unit
   * already tells ("deaths"), or null.
   */
  static FigureScope of(String text, String written, String unitFate, int start, int end, int from, int to,
      List<EntityMention> places, List<TimeMention> times, List<PersonMention> people, LocalDate published) {
    Set<String> named = new TreeSet<>();
    for (EntityMention place : places) {
      if (place.kind() == EntityMention.Kind.PLACE && place.span().start() >= from && place.span().end() <= to) {
        named.add(place.name().toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
      }
    }
    Set<Integer> years = new TreeSet<>();
    boolean rate = RATE.matcher(text.substring(from, to)).find();
    for (TimeMention time : times) {
      if (time.span().start() < from || time.span().end() > to) {
        continue;
      }
      rate |= time.kind() == TimeMention.Kind.SET;
      int year = year(time);
      String between = time.span().end() <= start ? text.substring(time.span().end(), start)
          : text.substring(end, Math.max(end, time.span().start()));
      if (year > 0 && (published == null || year != published.getYear())
          && ComparisonWords.written(between).size() <= YEAR_WORDS) {
        years.add(year);
      }
    }
    List<String> before = ComparisonWords.words(text.substring(from, start));
    List<String> after = ComparisonWords.words(text.substring(end, Math.max(end, to)));
    String fate = unitFate != null ? unitFate : nearest(before, after, FigureScope::fateOf);
    String status = nearest(List.of(), ComparisonWords.words(written), FigureScope::statusOf);
    if (status == null) {
      status = nearest(before, after, FigureScope::statusOf);
    }
    boolean fresh = NEW_INSIDE.matcher(written).find() || NEW_BEFORE.matcher(text.substring(from, start)).find();
    return new FigureScope(named, years, rate, fate, status, fresh ? published : null,
        owner(text, start, from, people));
  }

  /**
   * The surname of the person named nearest before the figure, within {@link #OWNER_WORDS}
   * words of it and with no word of telling between ("Smith said 40 died" is Smith's report, not
   * Smith's figure), or null.
   */
  private static String owner(String text, int start, int from, List<PersonMention> people) {
    String owner = null;
    int nearest = -1;
    for (PersonMention p : people) {
      int end = p.span().end();
      if (p.name() == null || p.name().isBlank() || end > start || p.span().start() < from || end <= nearest) {
        continue;
      }
      List<String> between = ComparisonWords.words(text.substring(end, start));
      if (between.size() <= OWNER_WORDS && between.stream().noneMatch(TELLING::contains)) {
        String[] words = p.name().strip().split("\\s+");
        owner = words[words.length - 1].toLowerCase(Locale.ROOT);
        nearest = end;
      }
    }
    return owner;
  }

  /**
   * True when the two scopes say the figures count different things: different years (or one a
   * year and the other none), a rate against a count, different fates, a new count against a
   * total or new counts of two days, two people's figures, or places named beside both with
   * none in common.
   */
  boolean differs(FigureScope other) {
    if (!years.equals(other.years) || rate != other.rate) {
      return true;
    }
    if (fate != null && other.fate != null && !fate.equals(other.fate)
        || status != null && other.status != null && !status.equals(other.status)) {
      return true;
    }
    if ((newOn == null) != (other.newOn == null) || newOn != null && !newOn.equals(other.newOn)
        || owner != null && other.owner != null && !owner.equals(other.owner)) {
      return true;
    }
    return !places.isEmpty() && !other.places.isEmpty() && Collections.disjoint(places, other.places);
  }

  /**
   * What the telling word nearest the figure tells, within {@link #FATE_WORDS} words,
   * the word before the figure first on a tie; null where none tells.
   */
  private static String nearest(List<String> before, List<String> after, Function<String, String> tells) {
    for (int d = 0; d < FATE_WORDS; d++) {
      String b = d < before.size() ? tells.apply(before.get(before.size() - 1 - d)) : null;
      if (b != null) {
        return b;
      }
      String a = d < after.size() ? tells.apply(after.get(d)) : null;
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** Whether one word calls a count confirmed or suspected, or null. */
  private static String statusOf(String word) {
    return CONFIRMING.contains(word) ? CONFIRMED : SUSPECTING.contains(word) ? SUSPECTED : null;
  }

  /** The fate one word tells ("death" of "killed", "case" of "infections"), or null. */
  static String fateOf(String word) {
    String form = ComparisonWords.contentForm(word);
    if (form == null) {
      return null;
    }
    if (DEATH.equals(form) || "life".equals(form)) {
      return DEATH;
    }
    return ILL.contains(form) ? ILLNESS : null;
  }

  /** The year a date names ("2003" of "since late 2003"), or 0 for a duration or an unresolved date. */
  private static int year(TimeMention time) {
    String value = time.value();
    if (!time.isPointInTime() || value == null || value.length() < 4
        || !value.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(value.substring(0, 4));
  }
}
