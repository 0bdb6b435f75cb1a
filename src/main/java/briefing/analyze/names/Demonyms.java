package briefing.analyze.names;

import briefing.text.Countries;
import java.util.Locale;
import java.util.Set;

/**
 * Words for the people of a place ("Arizonan", "Texan", "Russian"): before a name they say where
 * someone is from ("fellow Arizonan John McCain"), and are no part of the name.
 */
final class Demonyms {
  /** The people of the states of the United States, in one word. */
  private static final Set<String> STATES = Set.of("alabamian", "alaskan", "arizonan", "arkansan",
      "californian", "coloradan", "connecticuter", "delawarean", "floridian", "hawaiian",
      "idahoan", "illinoisan", "hoosier", "iowan", "kansan", "kentuckian", "louisianan", "mainer",
      "marylander", "michigander", "minnesotan", "mississippian", "missourian", "montanan",
      "nebraskan", "nevadan", "ohioan", "oklahoman", "oregonian", "pennsylvanian", "tennessean",
      "texan", "utahn", "vermonter", "virginian", "washingtonian", "wisconsinite", "wyomingite");

  /** Nationality adjectives that are given names too: "German Ruiz", "Thai Van Hallor". */
  private static final Set<String> GIVEN_NAMES = Set.of("german", "thai", "roman", "afghan");

  private Demonyms() {}

  /**
   * Whether {@code word} names the people of a state or a country: a state's word, or a
   * nationality adjective {@link Countries} knows ("Russian", "Israeli", "Japanese").
   */
  static boolean is(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (STATES.contains(w)) {
      return true;
    }
    String country = Countries.of(w);
    return country != null && !country.equalsIgnoreCase(w) && !GIVEN_NAMES.contains(w)
        && w.matches("\\p{L}+(?:an|ese|ish|ch|i)");
  }
}
