package briefing.crossref;

import briefing.text.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as figure and quote comparisons compare them: lowercased, plural-insensitive, with the
 * small words of English left out where only content counts.
 */
public final class ComparisonWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
  /** Words beyond English's function words that say nothing about what is counted. */
  private static final Set<String> STOP = Set.of(
      "least", "nearly", "almost", "around", "roughly", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "hundreds", "thousands", "tens", "millions", "billions", "hundred",
      "thousand", "million", "billion", "trillion", "percent", "per", "cent", "estimated",
      "estimate", "well", "including", "near", "along", "across", "against", "under", "between",
      "through", "within", "toward", "towards", "amid");
  /** Words of dying, read as one: "killed 15,000" and "claimed the lives of 14,000" agree. */
  private static final Set<String> DEATH = Set.of("killed", "kill", "kills", "killing", "died",
      "die", "dies", "dead", "death", "deaths", "fatalities", "fatality", "lives");
  /** Nouns that count the same things; a small, general list, not one tuned to a story. */
  private static final Map<String, String> SYNONYMS = Map.of("soldier", "troop", "serviceman",
      "troop", "servicemember", "troop", "fatality", "death", "dead", "death", "vessel", "ship");

  private ComparisonWords() {}

  /** The words of {@code text}, lowercased, in order; punctuation and spaces dropped. */
  public static List<String> words(String text) {
    return written(text).stream().map(ComparisonWords::folded).toList();
  }

  /** The words of {@code text} as written, in order; punctuation and spaces dropped. */
  public static List<String> written(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** A word as comparisons see it: lowercased, with a typographic apostrophe made plain. */
  static String folded(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** The content words of {@code text}, each in its singular form; numbers left out. */
  public static List<String> content(String text) {
    List<String> content = new ArrayList<>();
    for (String w : written(text)) {
      String form = contentForm(w);
      if (form != null) {
        content.add(form);
      }
    }
    return content;
  }

  /**
   * One word as written, as {@link #content} gives it ("Troops'" → "troop", "killed" → "death"),
   * or null for a function word, a stop word, a number or a single letter.
   */
  public static String contentForm(String written) {
    String w = folded(written);
    String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    if (DEATH.contains(bare)) {
      return "death";
    }
    if (bare.length() > 1 && !FunctionWords.contains(bare) && !STOP.contains(bare)
        && bare.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return FunctionWords.singular(bare);
    }
    return null;
  }

  /** The key two counted nouns share when they count the same things ("Soldiers" → "troop"). */
  public static String unit(String unit) {
    String word = unit.toLowerCase(Locale.ROOT).strip();
    if (word.equals("usd") || word.equals("%") || !word.matches("[\\p{L}'-]+")) {
      return word;
    }
    String singular = FunctionWords.singular(word);
    return SYNONYMS.getOrDefault(singular, singular);
  }
}
