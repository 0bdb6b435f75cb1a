package briefing.ingest.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small word-level measures of a line of text. */
final class LineWords {
  private static final Pattern PUNCTUATION_AND_SPACE =
      Pattern.compile("[\\p{Punct}\\p{Pd}\\p{Pi}\\p{Pf}‘’“”\\s]+");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]*$");

  private LineWords() {}

  static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** The text lower-cased with punctuation and spacing folded, for comparing two lines. */
  static String key(String text) {
    return PUNCTUATION_AND_SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Whether the text's letters are (nearly) all capitals and there are some. */
  static boolean isUpperCase(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= 2 && lower * 10 <= upper;
  }

  /** Whether the text ends like a sentence. */
  static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text).find();
  }

  /** Capitalises an all-capitals name word by word, leaving short acronyms ("BBC") alone. */
  static String unshout(String text) {
    if (!isUpperCase(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (String word : text.split("(?<=[ /-])")) {
      String letters = word.replaceAll("[ /-]$", "");
      boolean acronym = letters.length() <= 3 && letters.chars().allMatch(Character::isLetter);
      out.append(acronym || word.isEmpty()
          ? word
          : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
