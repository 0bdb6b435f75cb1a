package briefing.text;

import java.util.Locale;
import java.util.Set;

/**
 * The words before a post that make it another post: "vice president" is not the president,
 * "deputy director" not the director, "former mayor" not the mayor now; and of those, the ones
 * that make it another person's office at the same time, so that a bare "the president" is not
 * the "vice president" an article named before.
 */
public final class Ranks {
  private static final Set<String> WORDS = Set.of("deputy", "vice", "assistant", "associate",
      "under", "former", "acting", "lieutenant");
  /**
   * Of those, the words that make the post an office of its own beside the one they qualify, held
   * by another person at the same time: a vice president beside the president. A former or acting
   * mayor, an assistant professor, are described again by the bare post.
   */
  private static final Set<String> OTHER_OFFICE = Set.of("deputy", "vice", "under", "lieutenant");

  private Ranks() {}

  /** True where {@code word}, in any case, makes the post after it another one. */
  public static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True where {@code word}, in any case, makes the post after it another person's office ({@link #OTHER_OFFICE}). */
  public static boolean otherOffice(String word) {
    return OTHER_OFFICE.contains(word.toLowerCase(Locale.ROOT));
  }
}
