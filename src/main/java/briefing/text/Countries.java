package briefing.text;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The country a word names, however English writes it: by name ("Ruritania"), possessive
 * ("Ruritania's"), nationality adjective ("Japanese") or short form ("U.S.", "UK"). Analysis reads
 * a role's country with it; cross-referencing compares roles with it ("Japan's finance minister"
 * is the Japanese Finance Minister).
 */
public final class Countries {
  /** Nationality adjectives and short forms whose country is not spelt the same way. */
  private static final Map<String, String> FORMS = Map.ofEntries(
      Map.entry("american", "United States"), Map.entry("u.s.", "United States"),
      Map.entry("u.s", "United States"), Map.entry("us", "United States"),
      Map.entry("usa", "United States"), Map.entry("u.s.a.", "United States"),
      Map.entry("america", "United States"), Map.entry("united states", "United States"),
      Map.entry("british", "United Kingdom"), Map.entry("britain", "United Kingdom"),
      Map.entry("uk", "United Kingdom"), Map.entry("u.k.", "United Kingdom"),
      Map.entry("united kingdom", "United Kingdom"),
      Map.entry("russian", "Russia"), Map.entry("ukrainian", "Ukraine"),
      Map.entry("french", "France"), Map.entry("german", "Germany"),
      Map.entry("chinese", "China"), Map.entry("japanese", "Japan"),
      Map.entry("italian", "Italy"), Map.entry("spanish", "Spain"),
      Map.entry("polish", "Poland"), Map.entry("canadian", "Canada"),
      Map.entry("indian", "India"), Map.entry("iranian", "Iran"),
      Map.entry("israeli", "Israel"), Map.entry("turkish", "Turkey"),
      Map.entry("dutch", "Netherlands"), Map.entry("swiss", "Switzerland"),
      Map.entry("swedish", "Sweden"), Map.entry("finnish", "Finland"),
      Map.entry("danish", "Denmark"), Map.entry("norwegian", "Norway"),
      Map.entry("belarusian", "Belarus"), Map.entry("georgian", "Georgia"),
      Map.entry("estonian", "Estonia"), Map.entry("latvian", "Latvia"),
      Map.entry("lithuanian", "Lithuania"), Map.entry("romanian", "Romania"),
      Map.entry("hungarian", "Hungary"), Map.entry("greek", "Greece"),
      Map.entry("austrian", "Austria"), Map.entry("belgian", "Belgium"),
      Map.entry("irish", "Ireland"), Map.entry("australian", "Australia"),
      Map.entry("mexican", "Mexico"), Map.entry("brazilian", "Brazil"),
      Map.entry("korean", "Korea"), Map.entry("saudi", "Saudi Arabia"),
      Map.entry("egyptian", "Egypt"), Map.entry("syrian", "Syria"),
      Map.entry("iraqi", "Iraq"), Map.entry("afghan", "Afghanistan"),
      Map.entry("pakistani", "Pakistan"), Map.entry("kazakh", "Kazakhstan"),
      Map.entry("european", "European Union"), Map.entry("eu", "European Union"));
  /** Each country the table names, by its name in lower case ("japan" gives "Japan"). */
  private static final Map<String, String> NAMES = new TreeMap<>();

  static {
    FORMS.values().forEach(c -> NAMES.put(c.toLowerCase(Locale.ROOT), c));
  }

  private Countries() {}

  /**
   * The country {@code written} names ("U.S." and "American" give "United States",
   * "Japan's" gives "Japan"), or {@code written} itself where the table does not know it.
   */
  public static String canonical(String written) {
    String country = of(written);
    return country == null ? written : country;
  }

  /**
   * The country {@code written} names by a form the table knows, possessive or not ("Japanese",
   * "Japan", "Japan’s", "US"), or null.
   */
  public static String of(String written) {
    if (written == null) {
      return null;
    }
    String w = written.strip().toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'") || w.endsWith("’")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.indexOf(' ') >= 0 || w.indexOf('\t') >= 0) {
      w = String.join(" ", w.split("\\s+"));
    }
    String country = FORMS.get(w);
    return country != null ? country : NAMES.get(w);
  }
}
