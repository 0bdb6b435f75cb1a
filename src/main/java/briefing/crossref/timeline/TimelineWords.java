package briefing.crossref.timeline;

import briefing.crossref.Remembered;
import briefing.text.CalendarWords;
import briefing.text.FunctionWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a timeline sentence, for telling whether two sentences tell of the same
 * happening: lowercased, crudely stemmed, without stop words and without the words of dates
 * (which say when, not what).
 */
final class TimelineWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’]*|\\p{N}+");
  /** The ways news writes the two countries most often abbreviated, as one word each. */
  private static final Pattern US = Pattern.compile("\\bU\\.S\\.(A\\.)?|\\bU\\.S\\b|\\bUSA?\\b|\\bUnited States\\b");
  private static final Pattern UK = Pattern.compile("\\bU\\.K\\.|\\bUK\\b|\\bUnited Kingdom\\b");
  /** Nouns news uses interchangeably for a meeting of parties; one word, so they match. */
  private static final Set<String> MEETING = Set.of("talk", "meeting", "discussion",
      "negotiation", "summit", "meet", "conference");
  /** Words are compared by their first letters, which is enough to match "annexed" with "annexation". */
  private static final int STEM = 5;
  /** Words beyond English's function words that say nothing of what happened. */
  private static final Set<String> STOP = Set.of(
      "nor", "onto", "ahead", "until", "here", "am", "shall", "must", "us", "your", "me", "my",
      "whom", "whose", "how", "why", "another", "own", "same", "very", "too", "down", "out", "off",
      "again", "further", "once", "because", "saying", "told", "mr", "mrs", "ms", "dr", "new",
      "first", "last", "next", "late", "early", "earlier", "later", "still", "yet", "already");
  /** Words of time other than the names of months and weekdays. */
  private static final Set<String> DATE_WORDS = Set.of(
      "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
      "day", "days", "week", "weeks", "month", "months", "year", "years", "weekend", "a.m", "p.m",
      "am", "pm");

  private TimelineWords() {}

  /**
   * The sorted content words of {@code text}, each reduced to a rough stem; unmodifiable. Worked
   * out once per text: the timeline reads one sentence's words in several steps.
   */
  static Set<String> of(String text) {
    return WORDS.of(text);
  }

  private static final Remembered<Set<String>> WORDS = new Remembered<>(TimelineWords::read);

  private static Set<String> read(String text) {
    Set<String> words = new TreeSet<>();
    // both abbreviations start with a capital U: most sentences need no replacing
    String plain = text.indexOf('U') < 0 ? text
        : UK.matcher(US.matcher(text).replaceAll(" usa ")).replaceAll(" ukingdom ");
    Matcher m = WORD.matcher(plain);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (w.chars().allMatch(Character::isDigit) || FunctionWords.contains(w) || STOP.contains(w)
          || DATE_WORDS.contains(w) || CalendarWords.isMonthWord(w) || CalendarWords.isWeekdayName(w)) {
        continue;
      }
      words.add(stem(w));
    }
    return Collections.unmodifiableSet(words);
  }

  /** The first {@code n} content words of {@code text}, as written, joined by spaces: for ids. */
  static String keyWords(String text, int n) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find() && words.size() < n) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (!of(w).isEmpty() && !words.contains(w)) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  /**
   * How much two word sets share: the shared words over the smaller set (0 to 1); 0 when fewer
   * than two words are shared, since one common word ("talks") says little.
   */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String w : small) {
      if (large.contains(w)) {
        shared++;
      }
    }
    return overlap(shared, a.size(), b.size());
  }

  /** {@link #overlap(Set, Set)} of two sets of these sizes that share {@code shared} words. */
  static double overlap(int shared, int a, int b) {
    return shared < 2 ? 0 : (double) shared / Math.min(a, b);
  }

  /** A rough English stem: without plural and verb endings, cut to its first letters. */
  static String stem(String word) {
    String w = suffixless(word);
    if (MEETING.contains(w)) {
      return "talk";
    }
    return w.length() > STEM ? w.substring(0, STEM) : w;
  }

  private static String suffixless(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
