package briefing.text;

/**
 * English words cut to a stem that their inflected and derived forms share, so that a paraphrase
 * that changes a word's form still matches it: "warn" and "warned", "decide" and
 * "decision", "deny", "denied" and "denial", "air" and "airing". A stem is for comparing, never
 * for showing.
 */
public final class Stems {
  /** How many first letters of a word are kept: endings beyond them rarely change its sense. */
  private static final int LENGTH = 5;

  private Stems() {}

  /** The stem of {@code word}, given in lower case and in its singular form. */
  public static String of(String word) {
    String w = word;
    if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("ied")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("e")) {
      // "close", "closed" and "closing" all become "clos"
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 4 && (w.endsWith("ied") || w.endsWith("ies"))) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 5 && w.endsWith("ial")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 6 && w.matches(".*[aeiou]sion")) {
      // decision, explosion, erosion: the verb ends in -de (decide, explode, erode)
      w = w.substring(0, w.length() - 4) + "d";
    }
    if (w.endsWith("y")) {
      w = w.substring(0, w.length() - 1) + "i";
    }
    return w.length() > LENGTH ? w.substring(0, LENGTH) : w;
  }
}
