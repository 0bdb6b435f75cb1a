package briefing.ingest.html;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Whitespace folding and shortening for the plain text the reader hands on. */
public final class Text {
  private static final Pattern SPACE =
      Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

  private Text() {}

  /** Folds every run of whitespace, no-break spaces included, into one space, trims, and NFC-normalises. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String folded = SPACE.matcher(text).replaceAll(" ").strip();
    return Normalizer.isNormalized(folded, Normalizer.Form.NFC)
        ? folded : Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  /**
   * The length of text as a measure of how much it says: a Chinese, Japanese or Korean character
   * says about as much as a short word, so it counts three times.
   */
  static int weight(String text) {
    int weight = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      weight += c >= '\u2E80' && c <= '\uD7AF' ? 3 : 1;
    }
    return weight;
  }

  /** Shortens text to about the given length, cutting at a word boundary and marking the cut. */
  public static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max) + " …";
  }
}
