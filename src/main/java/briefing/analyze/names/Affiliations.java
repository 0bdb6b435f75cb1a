package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.Phrase;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;

/** The country or organisation a role ties someone to: "Russian" gives Russia, "U.S." the United States. */
final class Affiliations {
  /** Nationality adjectives and short forms whose country is not spelt the same way. */
  private static final Map<String, String> COUNTRIES = Map.ofEntries(
      Map.entry("american", "United States"), Map.entry("u.s.", "United States"),
      Map.entry("u.s", "United States"), Map.entry("us", "United States"),
      Map.entry("usa", "United States"), Map.entry("british", "United Kingdom"),
      Map.entry("uk", "United Kingdom"), Map.entry("u.k.", "United Kingdom"),
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
  private static final List<String> KINDS =
      List.of("NATIONALITY", "COUNTRY", "ORGANIZATION", "STATE_OR_PROVINCE");

  private Affiliations() {}

  /**
   * The first country, nationality or organisation named in {@code phrase}: the country for a
   * nationality or short form the table knows, else the words as written; null when none.
   */
  static String of(Document document, Phrase phrase) {
    List<CoreLabel> tokens = document.core().sentences().get(phrase.sentence()).tokens();
    for (int k = phrase.begin(); k < phrase.end(); k++) {
      String kind = tokens.get(k).ner();
      if (!KINDS.contains(kind)) {
        continue;
      }
      int e = k;
      while (e + 1 < phrase.end() && kind.equals(tokens.get(e + 1).ner())) {
        e++;
      }
      String written = new Phrase(phrase.sentence(), k, e + 1, Phrase.Kind.ORGANIZATION).text(document);
      return COUNTRIES.getOrDefault(written.toLowerCase(java.util.Locale.ROOT), written);
    }
    return null;
  }
}
