package briefing.text;

import java.util.Locale;
import java.util.Set;

/**
 * The words for a member of a political party that a writer may name someone by: "the Virginia
 * Republican", "Jay Inslee, Democrat of Washington". One list for the analysis, which finds such
 * descriptions, and the who's who, which ranks and joins them.
 */
public final class Parties {
  private static final Set<String> MEMBERS = Set.of("democrat", "republican", "independent",
      "libertarian", "conservative", "liberal", "socialist", "tory");

  private Parties() {}

  /** Whether {@code word}, in any case, names a party's member. */
  public static boolean member(String word) {
    return MEMBERS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The words as a regular-expression alternation, in a fixed order: "conservative|democrat|…". */
  public static String alternation() {
    return String.join("|", MEMBERS.stream().sorted().toList());
  }
}
