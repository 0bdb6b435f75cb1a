package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A time expression as SUTime found it, with the sentence around it for the rules that read
 * context (tense, a day number in parentheses, the word after it).
 *
 * @param text the expression as written
 * @param kind SUTime's type
 * @param value SUTime's value, resolved against the publication day; null where it has none
 * @param sentence the sentence's tokens
 * @param from the expression's first token, 0-based
 * @param to the token after its last
 * @param story the tense most of the article is written in, for an expression whose sentence has
 *     none ({@link Tense#ofStory})
 */
public record SutimeMention(String text, Kind kind, String value, List<CoreLabel> sentence, int from, int to,
    Tense story) {
  public SutimeMention {
    sentence = List.copyOf(sentence);
  }

  /** A mention in an article whose tense is not known. */
  public SutimeMention(String text, Kind kind, String value, List<CoreLabel> sentence, int from, int to) {
    this(text, kind, value, sentence, from, to, Tense.NONE);
  }

  /** This mention in an article written in {@code tense}. */
  SutimeMention inStory(Tense tense) {
    return new SutimeMention(text, kind, value, sentence, from, to, tense);
  }

  /** The expression's tokens. */
  public List<CoreLabel> tokens() {
    return sentence.subList(from, to);
  }

  /** The weekday the expression names, or null. */
  public DayOfWeek weekday() {
    for (CoreLabel t : tokens()) {
      DayOfWeek d = CalendarWords.weekday(t.word());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The month the expression names (a capitalised month word), or null. */
  public Month month() {
    for (CoreLabel t : tokens()) {
      String word = lastPart(t.word());
      Month m = CalendarWords.month(word);
      if (m != null && Character.isUpperCase(word.charAt(0))) {
        return m;
      }
    }
    return null;
  }

  /** True when a year is written in the expression. */
  public boolean hasYear() {
    return tokens().stream().anyMatch(t -> CalendarWords.isYear(lastPart(t.word())));
  }

  /** What follows the last hyphen of {@code word} ("November" in "late-November"), or the word. */
  private static String lastPart(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && hyphen < word.length() - 1 ? word.substring(hyphen + 1) : word;
  }

  /** True when the expression holds any digit. */
  public boolean hasDigits() {
    return text.chars().anyMatch(Character::isDigit);
  }

  /** True when the expression holds {@code word}, ignoring case. */
  public boolean has(String word) {
    return tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase(word));
  }

  /** The lower-cased word {@code offset} tokens after the expression, or "" past the sentence. */
  public String after(int offset) {
    int i = to + offset - 1;
    return i < sentence.size() ? sentence.get(i).word().toLowerCase(Locale.ROOT) : "";
  }

  /** The lower-cased word {@code offset} tokens before the expression, or "" before the sentence. */
  public String before(int offset) {
    int i = from - offset;
    return i >= 0 && i < sentence.size() ? sentence.get(i).word().toLowerCase(Locale.ROOT) : "";
  }

  /** True where one of {@code words} (lower-cased) stands anywhere after the expression. */
  public boolean followedBy(Set<String> words) {
    return sentence.subList(Math.min(to, sentence.size()), sentence.size()).stream()
        .anyMatch(t -> words.contains(t.word().toLowerCase(Locale.ROOT)));
  }

  /** The tense of the verb group nearest to the expression. */
  public Tense tense() {
    return Tense.around(sentence, from, to);
  }
}
