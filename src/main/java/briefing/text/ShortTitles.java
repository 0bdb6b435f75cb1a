package briefing.text;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Titles written short before a name, as written out: "Sen." is a senator, "Reps." are
 * representatives. Only forms that are no other word of a title ("SEC" is a body, not a
 * secretary).
 */
public final class ShortTitles {
  private static final Map<String, String> WRITTEN_OUT = Map.ofEntries(
      Map.entry("rep", "representative"), Map.entry("sen", "senator"),
      Map.entry("gov", "governor"), Map.entry("lt", "lieutenant"), Map.entry("gen", "general"),
      Map.entry("col", "colonel"), Map.entry("maj", "major"), Map.entry("capt", "captain"),
      Map.entry("sgt", "sergeant"), Map.entry("adm", "admiral"), Map.entry("cmdr", "commander"),
      Map.entry("supt", "superintendent"), Map.entry("atty", "attorney"),
      Map.entry("asst", "assistant"), Map.entry("prof", "professor"), Map.entry("rev", "reverend"));
  /** The short forms of titles held by several: "Reps. A, B and C". */
  private static final Set<String> PLURAL = Set.of("reps", "sens", "govs");

  private ShortTitles() {}

  /**
   * The title {@code shortForm} is short for, given in lower case without its dot ("sen" gives
   * "senator"; "reps" gives "representative"), or empty for any other word.
   */
  public static Optional<String> writtenOut(String shortForm) {
    String one = PLURAL.contains(shortForm) ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
    return Optional.ofNullable(WRITTEN_OUT.get(one));
  }
}
