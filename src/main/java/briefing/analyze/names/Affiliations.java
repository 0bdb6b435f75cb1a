package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.NewsTokens;
import briefing.analyze.nlp.Phrase;
import briefing.analyze.nlp.Roles;
import briefing.text.Countries;
import briefing.text.Datelines;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
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
    String owner = ownerOfIts(document, phrase, tokens);
    return owner != null ? owner : missedOrganisation(document, phrase, tokens);
  }

  /**
   * The organisation a name is tied to by "of" or "from" right after it, where the text gives the
   * name no role: "Dr Ann Cole of the Kent Port Authority said …", "Tom Reyes from the U.S. Coast
   * Guard"; the organisation as written, a country opening it kept ("U.S."), or null. A country
   * or a place alone is where someone is from, not whom they work for ("Ann Cole of Kent"); and
   * "from" after a verb other than one of speech tells where someone came from ("hired Ann Cole
   * from Kent Ferries"). The name is tokens {@code [begin, end)} of the sentence.
   */
  static String after(Document document, int sentence, int begin, int end) {
    List<CoreLabel> tokens = document.core().sentences().get(sentence).tokens();
    int k = end;
    if (k >= tokens.size() || !OF_OR_FROM.contains(NewsTokens.lower(tokens.get(k)))) {
      return null;
    }
    if (NewsTokens.lower(tokens.get(k)).equals("from") && begin > 0 && NewsTokens.verb(tokens.get(begin - 1))
        && !NewsTokens.speechVerb(tokens, begin - 1)) {
      return null;
    }
    k++;
    if (k < tokens.size() && NewsTokens.lower(tokens.get(k)).equals("the")) {
      k++;
    }
    int e = k;
    boolean organisation = false;
    while (e < tokens.size() && OF_KINDS.contains(tokens.get(e).ner())) {
      organisation |= "ORGANIZATION".equals(tokens.get(e).ner());
      e++;
    }
    // "of Allergy and Infectious Diseases": the tagger may stop at "and"; capitalised words after
    // it that it named nothing (or a cause of death) are the organisation's still, up to a post
    // ("… and CDC officials", "… and Conservative MPs" are others)
    if (organisation && e + 1 < tokens.size() && AND.contains(tokens.get(e).word())) {
      int more = e + 1;
      while (more < tokens.size() && nameWord(tokens.get(more))) {
        more++;
      }
      if (more > e + 1 && (more == tokens.size() || !NewsTokens.roleNoun(tokens.get(more)))) {
        e = more;
      }
    }
    // "of the National Institutes of Health and Human Services Secretary Ann Hale": a post and a
    // name after the organisation begin at its last "and"
    if (organisation && e < tokens.size() && "TITLE".equals(tokens.get(e).ner())) {
      for (int a = e - 1; a > k; a--) {
        if (AND.contains(tokens.get(a).word())) {
          e = a;
          break;
        }
      }
    }
    return organisation ? new Phrase(sentence, k, e, Phrase.Kind.ORGANIZATION).text(document) : null;
  }

  /** The words that join two parts of an organisation's name. */
  private static final Set<String> AND = Set.of("and", "&");

  /** Tags of capitalised words after "and" that may be an organisation's: none, or a disease. */
  private static final Set<String> NAME_WORD_TAGS = Set.of("O", "CAUSE_OF_DEATH");

  /** A capitalised word the tagger named nothing: "Infectious Diseases"; not "I". */
  private static boolean nameWord(CoreLabel t) {
    return t.word().length() > 1 && Character.isUpperCase(t.word().charAt(0)) && NAME_WORD_TAGS.contains(t.ner())
        && !NewsTokens.roleNoun(t);
  }

  /** The words that tie a name to the organisation after it. */
  private static final Set<String> OF_OR_FROM = Set.of("of", "from");

  /** The tags of the words of an organisation named after "of": "the U.S. Coast Guard". */
  private static final Set<String> OF_KINDS = Set.of("ORGANIZATION", "COUNTRY", "NATIONALITY");

  /** What "its" may stand for: an organisation or a country. */
  private static final Set<String> ITS_OWNERS = Set.of("ORGANIZATION", "COUNTRY");

  /**
   * The organisation or country "its" opening {@code phrase}, or right before it, stands for: the nearest one named
   * before it in the sentence, as its subject: the first one the sentence names, with no person
   * named before it ("The World Health Organisation stopped short of an alert, but its director
   * general, Dr Ann Cole, said …"); else the sentence before's so ("The Kent Port Authority met.
   * Its chairman, …"); null where the phrase opens otherwise or no such one is named.
   */
  private static String ownerOfIts(Document document, Phrase phrase, List<CoreLabel> tokens) {
    int its = phrase.begin();
    if (!NewsTokens.lower(tokens.get(its)).equals("its")) {
      its--;
      if (its < 0 || !NewsTokens.lower(tokens.get(its)).equals("its")) {
        return null;
      }
    }
    int before = its;
    for (int s = phrase.sentence(); s >= Math.max(0, phrase.sentence() - 1); s--) {
      // the sentence's subject: its first organisation or country, no person named before it,
      // after the dateline ("WASHINGTON (Reuters) - The port said …")
      var sentence = document.core().sentences().get(s);
      int base = sentence.tokens().get(0).beginPosition();
      int dateline = Datelines.end(sentence.text());
      for (CoreEntityMention m : sentence.entityMentions()) {
        if (m.tokens().get(0).beginPosition() - base < dateline) {
          continue;
        }
        boolean earlier = s < phrase.sentence() || m.tokens().get(m.tokens().size() - 1).index() - 1 < before;
        if (!earlier || "PERSON".equals(m.entityType())) {
          break;
        }
        if (ITS_OWNERS.contains(m.entityType())) {
          return Countries.canonical(m.text());
        }
      }
    }
    return null;
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
