package briefing.text;

import java.text.Normalizer;

/** Letters without their accents, so "Zelenskyy" and "Zélenskyy" compare and slug alike. */
public final class Accents {
  private Accents() {}

  /** {@code text} decomposed (NFKD) with its combining marks removed: "Kyïv" gives "Kyiv". */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
  }
}
