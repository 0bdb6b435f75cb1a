package briefing.text;

import java.util.Locale;
import java.util.Set;

/** Nouns that name someone by kin: "his wife", "the mother of the driver", "her sister". */
public final class Kin {
  private static final Set<String> NOUNS = Set.of("wife", "husband", "son", "daughter", "mother",
      "father", "brother", "sister", "widow", "widower", "cousin", "uncle", "aunt", "nephew",
      "niece", "grandson", "granddaughter", "grandmother", "grandfather", "stepson",
      "stepdaughter", "fiance", "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend");

  private Kin() {}

  /** Whether {@code word}, in any case, is a noun of kin. */
  public static boolean noun(String word) {
    return NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The nouns of kin, in lower case. */
  public static Set<String> nouns() {
    return NOUNS;
  }
}
