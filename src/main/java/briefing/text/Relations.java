package briefing.text;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name someone by whom they stand to, as kin do, though they are no kin: "his client",
 * "Cole's colleague", "her longtime friend". The reading takes one for a person only where a
 * person's possessive determines it; cross-referencing never ranks one as anyone's role.
 */
public final class Relations {
  private static final Set<String> NOUNS = Set.of("client", "friend", "colleague", "boss",
      "neighbor", "neighbour", "roommate", "classmate", "mentor", "protege", "protégé", "partner");

  private Relations() {}

  /** Whether {@code word}, in any case, is such a noun. */
  public static boolean noun(String word) {
    return NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The nouns, in lower case. */
  public static Set<String> nouns() {
    return NOUNS;
  }
}
