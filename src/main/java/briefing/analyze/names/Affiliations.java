package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Roles;
import briefing.text.Countries;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The country or organisation a role ties someone to: "French" gives France, "U.S." the United States. */
final class Affiliations {
  private static final List<String> KINDS =
      List.of("NATIONALITY", "COUNTRY", "ORGANIZATION", "STATE_OR_PROVINCE", "LOCATION");

  /** Words that open a post's name rather than end an organisation's: "Press Secretary", "Deputy Director". */
  private static final Set<String> POST_OPENERS = Set.of("press", "deputy", "vice", "chief",
      "assistant", "associate", "executive", "managing", "acting", "special", "senior", "principal",
      "lieutenant");

  private Affiliations() {}

  /**
   * The first country, nationality or organisation named in {@code phrase}: the country for a
   * nationality or short form the table knows, else the words as written; null when none.
   */
  static String of(Document document, Phrase phrase) {
    List<CoreLabel> tokens = document.core().sentences().get(phrase.sentence()).tokens();
    boolean quoted = false;
    for (int k = phrase.begin(); k < phrase.end(); k++) {
      // a title in quotation marks names a work, not whom the post is with: "the 'Kent Today' host"
      if (NewsTokens.openingQuote(tokens.get(k)) || NewsTokens.closingQuote(tokens.get(k))) {
        quoted = NewsTokens.openingQuote(tokens.get(k));
        continue;
      }
      if (quoted) {
        continue;
      }
      String kind = tokens.get(k).ner();
      if (!KINDS.contains(kind) && !NewsTokens.countryForm(tokens.get(k))) {
        continue;
      }
      int e = k;
      while (e + 1 < phrase.end() && kind.equals(tokens.get(e + 1).ner())
          && !NewsTokens.roleNoun(tokens.get(e + 1))) {
        e++;
      }
      // "White House Press Secretary": the words that open the post are not the organisation's
      while (e > k && e + 1 < phrase.end() && NewsTokens.roleNoun(tokens.get(e + 1))
          && POST_OPENERS.contains(tokens.get(e).word().toLowerCase(Locale.ROOT))) {
        e--;
      }
      // a sentence's capitalised first word the tagger ran into the name: "Outgoing White House"
      int b = k;
      while (b < e && NewsTokens.adjective(tokens.get(b)) && !NewsTokens.countryForm(tokens.get(b))) {
        b++;
      }
      String written = new Phrase(phrase.sentence(), b, e + 1, Phrase.Kind.ORGANIZATION).text(document);
      return Countries.canonical(written);
    }
    return missedOrganisation(document, phrase, tokens);
  }

  /**
   * Two or more capitalised words the tagger named nothing that open {@code phrase}
   * ({@link Roles#organisationWord}): "Harbour Watch" in "Harbour Watch Director"; null when none.
   */
  private static String missedOrganisation(Document document, Phrase phrase, List<CoreLabel> tokens) {
    int e = phrase.begin();
    while (e < phrase.end() && Roles.organisationWord(tokens.get(e))) {
      e++;
    }
    return e - phrase.begin() >= 2 && e < phrase.end() && NewsTokens.roleNoun(tokens.get(phrase.end() - 1))
        ? new Phrase(phrase.sentence(), phrase.begin(), e, Phrase.Kind.ORGANIZATION).text(document) : null;
  }
}
