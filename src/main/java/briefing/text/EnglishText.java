package briefing.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is written in English, the one language briefing's analysis reads: by the share
 * of each paragraph's words in lower case that are English function words ("the", "of", "said"),
 * about two in five in a news report and under one in eight in another language, however its
 * letters were decoded. Names and figures tell no language: a line-up, a table of results or a
 * list of names is not counted.
 */
public final class EnglishText {
  /** Below this share of function words, a paragraph is in another language. */
  static final double LEAST_SHARE = 0.15;
  /** A paragraph of fewer words in lower case tells nothing either way. */
  static final int FEWEST_WORDS = 12;
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

  private EnglishText() {}

  /**
   * True unless {@code paragraphs} long enough to tell ({@link #FEWEST_WORDS} words in lower case)
   * are in another language, all but fewer than one in three: a report quoting verses of a song
   * in another language, or with a run of page noise, is still English; a page in another
   * language with one English line is not.
   */
  public static boolean reads(List<String> paragraphs) {
    int told = 0;
    int english = 0;
    for (String p : paragraphs) {
      int[] counts = counts(p);
      if (counts[0] >= FEWEST_WORDS) {
        told++;
        if (counts[1] >= LEAST_SHARE * counts[0]) {
          english++;
        }
      }
    }
    return 3 * english >= told;
  }

  /** The words of {@code text} in lower case and how many are English function words. */
  private static int[] counts(String text) {
    Matcher m = WORD.matcher(text);
    int words = 0;
    int function = 0;
    while (m.find()) {
      if (!Character.isLowerCase(m.group().codePointAt(0))) {
        continue;
      }
      words++;
      String w = m.group().replace('’', '\'');
      if (FunctionWords.contains(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w)) {
        function++;
      }
    }
    return new int[] {words, function};
  }
}
