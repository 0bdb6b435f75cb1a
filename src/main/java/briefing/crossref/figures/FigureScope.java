package briefing.crossref.figures;

import briefing.crossref.ComparisonWords;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.TimeMention;
import briefing.text.CalendarWords;
import briefing.text.FunctionWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the words beside a figure say about what it counts, beyond its unit: where, when, how
 * often, whose, and what befell the people counted. Two figures whose scopes differ count
 * different things however alike their words are. Each part is read only where the words tie it
 * to the figure, so that a word of another clause ("since the war began in 2029", "a day after
 * the blast", "speaking in Orrin") sets nothing apart.
 *
 * @param places the places named beside it, lowercased ("mexico", "south east asia")
 * @param own the place the figure itself is of, written right after it ("in mexico city"), or
 *     null
 * @param years the years written in its own clause, near it, other than its report's ("1918" of
 *     "the 1918 pandemic killed 50 million", "2003" of "killed 257 people since late 2003"): a
 *     figure of another time, never the same thing as one of none
 * @param rate true for a count of a repeated span ("kills 250,000 people a year")
 * @param fate what befell the people counted: {@link #DEATH}, {@link #ILLNESS}, {@link #INJURY}
 *     or null
 * @param status {@link #CONFIRMED} or {@link #SUSPECTED} where the words before it say which
 * @param newOn for a count of what is new ("12 new cases", "a further 17"), the day it is new
 *     on (the day its sentence names, else its report's); null for a total or an amount of money
 * @param owner the surname of the person whose figure it is, named just before it ("Gingrich
 *     garnered 11 percent", "Palin (12 percent)"), lowercased, or null
 */
record FigureScope(Set<String> places, String own, Set<Integer> years, boolean rate, String fate, String status,
    LocalDate newOn, String owner) {
  /** People counted by how they died: "killed 149 people", "claimed a million lives". */
  static final String DEATH = "death";
  /** People counted by falling ill: "infected 1,000 people", "1,004 cases". */
  static final String ILLNESS = "case";
  /** People counted by being hurt: "injured 150 people"; never the dead or the ill. */
  static final String INJURY = "injury";
  /** A count its words call confirmed: "confirmed 20 deaths", "20 confirmed cases". */
  static final String CONFIRMED = "confirmed";
  /** A count its words call suspected or possible: "suspected of killing 81", "1,004 suspected cases". */
  static final String SUSPECTED = "suspected";
  private static final Set<String> CONFIRMING = Set.of("confirmed", "confirm", "confirms", "proven", "verified");
  private static final Set<String> SUSPECTING = Set.of("suspected", "suspect", "possible", "probable",
      "unconfirmed");
  /** How near before the figure, in words, a word must stand to call it confirmed or suspected. */
  private static final int STATUS_WORDS = 3;
  /**
   * How near the figure, in words, a year must stand to date it: "a flu pandemic in 1968
   * killed about 1 million", but not "annexed the isle in 2014 and backed an uprising … in a
   * war it says killed 30,000 people".
   */
  private static final int YEAR_WORDS = 10;
  /**
   * A superlative measured since a year: "the largest fine since 2027", "the deadliest since
   * 1998" compare the figure with the years since, and date nothing.
   */
  private static final Pattern SUPERLATIVE_SINCE = Pattern.compile("(?i)\\b(?:\\p{L}+est|most|first|highest|lowest)\\b.*\\bsince\\b");
  /** A year written out or named ("next year"): a day's year the reader inferred ("December 28") ties nothing. */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b");
  /**
   * Marks between a year and a figure that put them in different clauses: "the war, which began
   * in 2029, has killed 15,000"; "killed 80, the deadliest toll since 1998".
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\u2013\u2014]|\\s-\\s|\\b(?:and|but|while|when|which|who)\\b");
  /** How near before the figure, in words, a person must be named to own it. */
  private static final int OWNER_WORDS = 3;
  /** Words between a name and a figure that make the person its teller, not its owner. */
  private static final Set<String> TELLING = Set.of("said", "says", "say", "told", "tells", "according",
      "reported", "reports", "estimated", "estimates", "announced", "added", "claimed", "claims");
  /** How near the figure, in words of its own clause, a word must stand to say what befell its people. */
  private static final int FATE_WORDS = 6;
  /** Words that open another clause: a fate or a status beyond them is another figure's. */
  private static final Set<String> CLAUSE = Set.of("and", "but", "while", "whereas", "although", "or");
  /** Words of falling ill, in content form. */
  private static final Set<String> ILL = Set.of("infected", "infect", "infection", "sick", "ill",
      "illness", "diagnosed", "contracted", "case");
  /** Words of being hurt, in content form. */
  private static final Set<String> HURT = Set.of("injured", "injury", "injure", "wounded", "wound", "hurt");
  /** Words right after a figure that make it a rate: "a year", "each day", "annually". */
  private static final Pattern RATE_AFTER = Pattern.compile("(?i)^\\W*(?:\\S+\\s+){0,3}?(?:annually|yearly"
      + "|(?:a|each|every|per) (?:year|month|week|day)(?!\\s+(?:ago|earlier|before|later|after))"
      + "|year after year|in an average year)\\b");
  /** How many words after a figure a set of times ("every Monday") may start and still make it a rate. */
  private static final int RATE_WORDS = 4;
  /** Words before a figure that count what is new: "a further 17", "another 59". */
  private static final Pattern NEW_BEFORE = Pattern.compile("(?i)\\b(?:further|another|additional)\\s*$");
  /** Words inside a figure, after its number, that count what is new: "12 new cases", "Seventeen more". */
  private static final Pattern NEW_INSIDE = Pattern.compile("(?i)^\\S+\\s+(?:new|additional|further|more)\\b"
      + "|\\d\\s+(?:new|additional|further|more)\\b");

  FigureScope {
    places = Collections.unmodifiableSet(new TreeSet<>(places));
    years = Collections.unmodifiableSet(new TreeSet<>(years));
  }

  /**
   * Where a figure stands in its sentence: written {@code written} at {@code start..end} of
   * {@code text}, its own words running from {@code from} to {@code to} (up to the sentence's
   * other figures); {@code head} the words before the sentence's first figure and {@code tail}
   * those after its last, where this figure is not that one ("" where it is).
   */
  record Reading(String text, String written, String ownPlace, boolean money, int start, int end, int from, int to,
      String head, String tail) {}

  /**
   * The scope of the figure {@code r}, among the sentence's {@code places}, in a report of
   * {@code published} (null where unknown); {@code unitFate} is the fate its unit already tells
   * ("deaths"), or null.
   */
  static FigureScope of(Reading r, String unitFate, List<EntityMention> places, List<TimeMention> times,
      List<PersonMention> people, LocalDate published) {
    String text = r.text();
    Set<String> named = new TreeSet<>();
    for (EntityMention place : places) {
      if (place.span().start() >= r.from() && place.span().end() <= r.to()) {
        named.add(place.name().toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
      }
    }
    Set<Integer> years = new TreeSet<>();
    String after = text.substring(r.end(), Math.max(r.end(), r.to()));
    String before = text.substring(r.from(), r.start());
    boolean rate = RATE_AFTER.matcher(after).find();
    LocalDate day = null;
    for (TimeMention time : times) {
      if (time.span().start() < r.from() || time.span().end() > r.to()) {
        continue;
      }
      String between = time.span().end() <= r.start() ? text.substring(time.span().end(), r.start())
          : text.substring(r.end(), Math.max(r.end(), time.span().start()));
      int apart = ComparisonWords.written(between).size();
      rate |= time.kind() == TimeMention.Kind.SET && time.span().start() >= r.end() && apart <= RATE_WORDS;
      int year = year(time);
      String lead = text.substring(0, time.span().start());
      boolean opening = ComparisonWords.written(lead).size() <= 1 && time.span().end() <= r.start();
      if (year > 0 && (published == null || year != published.getYear()) && apart <= YEAR_WORDS
          && (WRITTEN_YEAR.matcher(time.text()).find() || time.precision() == TimeMention.Precision.YEAR)
          && (opening || !CLAUSE_BREAK.matcher(between).find())
          && !inName(lead) && !SUPERLATIVE_SINCE.matcher(between + " " + lead.substring(Math.max(0, lead.length() - 8))).find()) {
        years.add(year);
      }
      if (time.precision() == TimeMention.Precision.DAY && time.value() != null && time.value().length() >= 10) {
        day = LocalDate.parse(time.value().substring(0, 10));
      }
    }
    List<String> wordsBefore = clause(ComparisonWords.words(before), true);
    List<String> wordsAfter = clause(ComparisonWords.words(after), false);
    String fate = unitFate;
    if (fate == null) {
      fate = nearest(wordsBefore, wordsAfter, FigureScope::fateOf);
    }
    if (fate == null) {
      // "Forty people, including 12 children, were killed": the list's head and tail are every figure's
      fate = nearest(clause(ComparisonWords.words(r.head()), true), List.of(), FigureScope::fateOf);
    }
    if (fate == null) {
      fate = nearest(List.of(), clause(ComparisonWords.words(r.tail()), false), FigureScope::fateOf);
    }
    String status = nearest(List.of(), ComparisonWords.words(r.written()), FigureScope::statusOf);
    if (status == null) {
      List<String> near = wordsBefore.subList(Math.max(0, wordsBefore.size() - STATUS_WORDS), wordsBefore.size());
      status = nearest(near, List.of(), FigureScope::statusOf);
    }
    boolean fresh = !r.money() && (NEW_INSIDE.matcher(r.written()).find() || NEW_BEFORE.matcher(before).find());
    return new FigureScope(named, own(r.ownPlace()), years, rate, fate, status,
        fresh ? (day != null ? day : published) : null, owner(text, r.start(), r.from(), people));
  }

  /**
   * True when the two scopes say the figures count different things: other years, or a year
   * against none, a rate against a count, different fates, confirmed against suspected, a new count
   * against a total or new counts of two days, two people's figures, or two places the figures
   * are of, neither inside the other's name.
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
    return own != null && other.own != null && !own.contains(other.own) && !other.own.contains(own);
  }

  /** The place phrase as compared: "in Port Hallam" → "port hallam"; null stays null. */
  private static String own(String place) {
    if (place == null) {
      return null;
    }
    String plain = String.join(" ", ComparisonWords.words(place));
    return plain.replaceFirst("^(?:near|in|on|along|at|inside|across|around|outside|within)\\s+", "")
        .replaceFirst("^the\\s+", "");
  }

  /** True where the year just after {@code lead} is part of a name: "Vision 2040", "CPAC 2010". */
  private static boolean inName(String lead) {
    List<String> words = ComparisonWords.written(lead);
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    return Character.isUpperCase(last.charAt(0)) && !lead.stripTrailing().endsWith(",")
        && CalendarWords.month(last) == null && !FunctionWords.contains(last.toLowerCase(Locale.ROOT))
        && !Set.of("In", "By", "Since", "Of", "From").contains(last);
  }

  /** The words of the figure's own clause: up to the nearest clause word on that side. */
  private static List<String> clause(List<String> words, boolean before) {
    List<String> kept = new ArrayList<>();
    if (before) {
      for (int i = words.size() - 1; i >= 0 && !CLAUSE.contains(words.get(i)); i--) {
        kept.add(0, words.get(i));
      }
    } else {
      for (int i = 0; i < words.size() && !CLAUSE.contains(words.get(i)); i++) {
        kept.add(words.get(i));
      }
    }
    return kept;
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
   * What the telling word nearest the figure tells, within {@link #FATE_WORDS} words, the word
   * after the figure first on a tie ("30 people have died" after "infected and"); null where
   * none tells.
   */
  private static String nearest(List<String> before, List<String> after, Function<String, String> tells) {
    for (int d = 0; d < FATE_WORDS; d++) {
      String a = d < after.size() ? tells.apply(after.get(d)) : null;
      if (a != null) {
        return a;
      }
      String b = d < before.size() ? tells.apply(before.get(before.size() - 1 - d)) : null;
      if (b != null) {
        return b;
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
    return ILL.contains(form) ? ILLNESS : HURT.contains(form) ? INJURY : null;
  }

  /** The year a date names ("2003" of "late 2003"), or 0 for a duration or an unresolved date. */
  private static int year(TimeMention time) {
    String value = time.value();
    if (!time.isPointInTime() || value == null || value.length() < 4
        || !value.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(value.substring(0, 4));
  }
}
