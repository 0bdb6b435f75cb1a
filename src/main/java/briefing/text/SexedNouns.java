package briefing.text;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns for someone that say their sex: posts ("spokeswoman", "congressman"), titles of rank
 * ("queen") and kin ("widow", "nephew").
 */
public final class SexedNouns {
  private static final Set<String> MEN = Set.of("spokesman", "congressman", "chairman",
      "businessman", "policeman", "councilman", "assemblyman", "husband", "father", "son",
      "brother", "king", "prince", "duke", "pope", "actor", "boyfriend", "nephew", "uncle",
      "grandfather", "widower");
  private static final Set<String> WOMEN = Set.of("spokeswoman", "congresswoman", "chairwoman",
      "businesswoman", "policewoman", "councilwoman", "assemblywoman", "wife", "mother",
      "daughter", "sister", "queen", "princess", "duchess", "actress", "lady", "girlfriend",
      "niece", "aunt", "grandmother", "widow");

  private SexedNouns() {}

  /** Whether {@code word}, in any case, names a man. */
  public static boolean man(String word) {
    return MEN.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word}, in any case, names a woman. */
  public static boolean woman(String word) {
    return WOMEN.contains(word.toLowerCase(Locale.ROOT));
  }
}
