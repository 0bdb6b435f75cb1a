package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import briefing.text.Countries;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/** The country or organisation a role ties someone to: "French" gives France, "U.S." the United States. */
final class Affiliations {
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
      if (!KINDS.contains(kind) && !NewsTokens.countryForm(tokens.get(k))) {
        continue;
      }
      int e = k;
      while (e + 1 < phrase.end() && kind.equals(tokens.get(e + 1).ner())) {
        e++;
      }
      String written = new Phrase(phrase.sentence(), k, e + 1, Phrase.Kind.ORGANIZATION).text(document);
      return Countries.canonical(written);
    }
    return null;
  }
}
