package briefing.crossref.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that news reports use for one another when they tell the same claim: "fears" and
 * "concerns", "massed" and "deployed", "border" and "frontier". A small list of general English
 * words, each group one sense that the words share in reports of any story, read as one word.
 * Kept small on purpose: a word with a second common sense ("station", "warn") is left out, since
 * one wrongly joined claim costs a reader more than a missed one.
 */
final class Paraphrases {
  private static final List<List<String>> GROUPS = List.of(
      List.of("fear", "concern", "worry", "alarm", "anxiety", "apprehension"),
      // "station" alone is more often a place than a deployment
      List.of("mass", "amass", "gather", "deploy", "deployment", "stationed", "stationing", "buildup"),
      List.of("border", "frontier"),
      List.of("troop", "soldier", "serviceman", "servicemember"),
      List.of("skeptical", "sceptical", "doubtful", "pessimistic", "skepticism", "scepticism",
          "pessimism", "doubt"),
      List.of("criticize", "criticise", "criticism", "condemn", "denounce", "decry", "rebuke"));

  private static final Map<String, String> WORD = new HashMap<>();

  static {
    for (List<String> group : GROUPS) {
      group.forEach(w -> WORD.put(w, group.get(0)));
    }
  }

  private Paraphrases() {}

  /**
   * The word that stands for {@code word}'s group, or {@code word} itself; {@code word} in lower
   * case and singular, inflected forms of a verb being read through their stem elsewhere.
   */
  static String of(String word) {
    String w = WORD.get(word);
    if (w == null && word.length() > 4) {
      // inflections: "massing", "massed", "worried", "deployed"
      for (String end : List.of("ied", "ing", "ed", "d", "s")) {
        if (word.endsWith(end)) {
          String base = word.substring(0, word.length() - end.length()) + (end.equals("ied") ? "y" : "");
          w = WORD.getOrDefault(base, WORD.get(base + "e"));
          if (w == null && end.equals("ing") && base.length() > 2
              && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
            w = WORD.get(base.substring(0, base.length() - 1));
          }
          if (w != null) {
            break;
          }
        }
      }
    }
    if (w == null && word.length() > 6 && word.matches(".*[lstz]ure")) {
      // a noun made of a verb: "closure" and "closed", "failure" and "failed", "seizure"
      w = word.substring(0, word.length() - 3);
    }
    return w == null ? word : w;
  }
}
