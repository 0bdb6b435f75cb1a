package briefing.crossref;

import briefing.text.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words as figure and quote comparisons compare them: lowercased, plural-insensitive, with the
 * small words of English left out where only content counts.
 */
public final class ComparisonWords {
  /** Unicode's letter and number categories, as {@code \p{L}} and {@code \p{N}}, by {@link Character#getType}. */
  private static final int LETTERS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
      | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
  private static final int LETTERS_AND_NUMBERS = LETTERS | 1 << Character.DECIMAL_DIGIT_NUMBER
      | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
  /**
   * Each word's content form, worked out once: claims, figures and the story in brief read the
   * same few thousand words sentence after sentence.
   */
  private static final Remembered<Optional<String>> CONTENT_FORMS =
      new Remembered<>(w -> Optional.ofNullable(formOf(w)));
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

  /**
   * The words of {@code text} as written, in order; punctuation and spaces dropped. A word is a
   * run of letters and numbers, with what follows an apostrophe when it is letters ("Russia's",
   * "don’t"): as the pattern {@code [\p{L}\p{N}]+(?:['’]\p{L}+)*} finds them, read by hand,
   * which takes a fraction of the time in a JVM that has just started.
   */
  public static List<String> written(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      if (!is(c, LETTERS_AND_NUMBERS)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      i = past(text, i, LETTERS_AND_NUMBERS);
      while (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '’') && is(text.codePointAt(i + 1), LETTERS)) {
        i = past(text, i + 1, LETTERS);
      }
      words.add(text.substring(start, i));
    }
    return words;
  }

  /** Where the run of characters of {@code categories} that starts at {@code i} ends. */
  private static int past(String text, int i, int categories) {
    int at = i;
    while (at < text.length()) {
      int c = text.codePointAt(at);
      if (!is(c, categories)) {
        break;
      }
      at += Character.charCount(c);
    }
    return at;
  }

  private static boolean is(int codePoint, int categories) {
    return (1 << Character.getType(codePoint) & categories) != 0;
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
    return CONTENT_FORMS.of(written).orElse(null);
  }

  private static String formOf(String written) {
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
