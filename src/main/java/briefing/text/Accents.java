package briefing.text;

import java.text.Normalizer;

/** Letters without their accents, so "Orsolya" and "Orsólya" compare and slug alike. */
public final class Accents {
  private Accents() {}

  /** {@code text} decomposed (NFKD) with its combining marks removed: "Mirïv" gives "Miriv". */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
  }
}
