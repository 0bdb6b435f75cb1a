package briefing.crossref;

import java.util.ArrayList;
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
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
      "by", "with", "about", "as", "into", "onto", "over", "after", "before", "ahead", "during",
      "since", "until", "than", "then", "that", "this", "these", "those", "there", "here", "it",
      "its", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
      "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "not", "no", "so", "such", "he", "she", "they", "them", "his", "her", "their", "we", "our",
      "us", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where",
      "while", "how", "why", "also", "just", "only", "more", "most", "some", "any", "all", "both",
      "each", "other", "another", "own", "same", "very", "too", "up", "down", "out", "off", "again",
      "further", "once", "if", "because", "said", "say", "says", "saying", "told", "according",
      "mr", "mrs", "ms", "dr", "one", "two", "new", "now", "first", "last", "next", "late",
      "early", "earlier", "later", "still", "yet", "already", "s");
  private static final Set<String> DATE_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "day",
      "days", "week", "weeks", "month", "months", "year", "years", "weekend", "january", "jan",
      "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
      "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov",
      "december", "dec", "a.m", "p.m", "am", "pm");

  private TimelineWords() {}

  /** The sorted content words of {@code text}, each reduced to a rough stem. */
  static Set<String> of(String text) {
    Set<String> words = new TreeSet<>();
    String plain = UK.matcher(US.matcher(text).replaceAll(" usa ")).replaceAll(" ukingdom ");
    Matcher m = WORD.matcher(plain);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (w.chars().allMatch(Character::isDigit) || STOP.contains(w) || DATE_WORDS.contains(w)) {
        continue;
      }
      words.add(stem(w));
    }
    return words;
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
    long shared = small.stream().filter(large::contains).count();
    return shared < 2 ? 0 : (double) shared / small.size();
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
