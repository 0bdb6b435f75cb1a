package briefing.text;

import java.util.Locale;
import java.util.Set;

/**
 * The words before a post that make it another post: "vice president" is not the president,
 * "deputy director" not the director, "former mayor" not the mayor now; so a bare "the
 * president" is not the "vice president" an article named before.
 */
public final class Ranks {
  private static final Set<String> WORDS = Set.of("deputy", "vice", "assistant", "associate",
      "under", "former", "acting", "lieutenant");

  private Ranks() {}

  /** True where {@code word}, in any case, makes the post after it another one. */
  public static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
