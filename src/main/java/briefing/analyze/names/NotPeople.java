package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.QuotedTokens;
import briefing.text.Surnames;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names CoreNLP tags as people that are not: pronouns, words coined from a name ("Obamacare"),
 * the outlet, places and organisations, and what the sentence or another sentence shows to be a
 * court case, a shop, a company, an outlet or a nickname ({@link OrganisationCues}), and names the
 * article only uses to qualify a noun ({@link NameUses}).
 *
 * <p>What the whole article says (which words it tags as places, which surnames its text names) is
 * gathered once, so judging each mention costs the same however long the article: asking the
 * whole article again for every name made a long one's cost grow with its square (issue 11).
 */
final class NotPeople {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them");
  private static final Set<String> NOT_PERSON_TYPES = Set.of("LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "ORGANIZATION", "NATIONALITY");

  /**
   * A word coined from a name for a policy, a doctrine or a following ("Obamacare", "Reaganomics",
   * "Trumpism"): its name is at least three letters long and capitalised.
   */
  private static final Pattern COINED = Pattern.compile(
      "\\p{Lu}\\p{L}{2,}?(?:care|o?nomics|ism|isms|ites|mania)");

  private final Document document;
  /** The words the article tags as a place or organisation somewhere, by {@link #caseless}. */
  private final Set<String> placesAndOrganisations = new HashSet<>();
  /** The surnames of the people the text (not the headline) names. */
  private final Set<String> surnamesInText = new HashSet<>();
  /** Every word of the names of two words or more the article tags as people, lower case. */
  private final Set<String> fullNameWords = new HashSet<>();
  /** One-word names that some sentence shows to be a company, an outlet or a shop, lower case. */
  private final Set<String> companies = new HashSet<>();
  /** How often the article writes each word, lower case. */
  private final Map<String, Integer> words = new HashMap<>();
  private final QuotedTokens quoted;
  private final NameUses uses;

  private NotPeople(Document document) {
    this.document = document;
    this.quoted = QuotedTokens.of(document);
    this.uses = NameUses.of(document);
    for (CoreSentence s : document.core().sentences()) {
      s.tokens().forEach(t -> words.merge(t.word().toLowerCase(Locale.ROOT), 1, Integer::sum));
      for (CoreEntityMention m : s.entityMentions()) {
        if ("PERSON".equals(m.entityType()) && m.tokens().size() > 1) {
          m.tokens().forEach(t -> fullNameWords.add(t.word().toLowerCase(Locale.ROOT)));
        }
        if (NOT_PERSON_TYPES.contains(m.entityType())) {
          placesAndOrganisations.add(caseless(m.text()));
          // "Roche AG": the company is Roche wherever the article names it
          List<CoreLabel> words = m.tokens();
          if (words.size() > 1 && OrganisationCues.legalForm(words.get(words.size() - 1).word())) {
            placesAndOrganisations.add(caseless(words.subList(0, words.size() - 1).stream()
                .map(CoreLabel::word).collect(Collectors.joining(" "))));
          }
        } else if ("PERSON".equals(m.entityType())
            && !document.sentence(m.tokens().get(0).sentIndex()).isHeadline()) {
          surnamesInText.add(Surnames.of(m.text()));
        }
      }
    }
    for (CoreSentence s : document.core().sentences()) {
      for (CoreEntityMention m : s.entityMentions()) {
        String key = m.text().strip().toLowerCase(Locale.ROOT);
        if ("PERSON".equals(m.entityType()) && m.tokens().size() == 1
            && !fullNameWords.contains(key) && companyHere(m)) {
          companies.add(key);
        }
        // "tour operator Thomas Cook": a name of two words or more the article once gives as a
        // company's is that company's wherever the article writes it ("Thomas Cook said it …")
        if ("PERSON".equals(m.entityType()) && m.tokens().size() > 1 && companyNamed(m)) {
          companies.add(key);
        }
      }
    }
  }

  /**
   * Whether a one-word name the article does not also give in full is shown to be no person
   * here; one such sentence is enough for the whole article ("Shares of Danner fell" … "Danner
   * said").
   */
  private boolean companyHere(CoreEntityMention m) {
    List<CoreLabel> tokens = tokensOf(m);
    int begin = m.tokens().get(0).index() - 1;
    int end = begin + m.tokens().size();
    return OrganisationCues.courtCase(tokens, begin, end) || OrganisationCues.shop(tokens, begin, end)
        || OrganisationCues.company(tokens, begin, end) || OrganisationCues.firm(tokens, begin, end)
        || OrganisationCues.calledIt(tokens, begin, end)
        || OrganisationCues.beforeName(tokens, begin, end)
        && words.getOrDefault(m.text().toLowerCase(Locale.ROOT), 0) == 1;
  }

  /** Whether the company cues that only a company's name takes stand beside {@code m}'s. */
  private boolean companyNamed(CoreEntityMention m) {
    List<CoreLabel> tokens = tokensOf(m);
    int begin = m.tokens().get(0).index() - 1;
    return OrganisationCues.company(tokens, begin, begin + m.tokens().size())
        && !tokens.get(begin).word().equals("The") && (begin == 0 || !tokens.get(begin - 1).word().equalsIgnoreCase("the"));
  }

  private List<CoreLabel> tokensOf(CoreEntityMention m) {
    return document.core().sentences().get(m.tokens().get(0).sentIndex()).tokens();
  }

  /** The judge for {@code document}'s mentions. */
  static NotPeople of(Document document) {
    return new NotPeople(document);
  }

  /** Whether {@code word} is the surname of someone the article's text names. */
  boolean surname(String word) {
    return surnamesInText.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The words of the names the article gives in full ("Walt Pellwick"), lower case. */
  Set<String> fullNameWords() {
    return fullNameWords;
  }

  /** True when mention {@code m} is no person: see the class comment. */
  boolean rejects(CoreEntityMention m) {
    String text = m.text().strip();
    String key = text.toLowerCase(Locale.ROOT);
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || PRONOUNS.contains(key)
        || m.tokens().size() == 1 && COINED.matcher(text).matches()) {
      return true;
    }
    var outlet = document.article().metadata().outlet();
    if (outlet != null && outlet.value() != null && outlet.value().equalsIgnoreCase(text)) {
      return true;
    }
    // Headlines are capitalised throughout, so the tagger takes words for names ("Harbour Stays
    // Shut"); a headline name is a person only when the text names them too.
    if (document.sentence(m.tokens().get(0).sentIndex()).isHeadline()
        && !surnamesInText.contains(Surnames.of(text))) {
      return true;
    }
    // "the Medishield law", "Fox host Jane Doe": a one-word name the article only uses to qualify
    // a noun, never as someone's, and never with a first name; "at Sandy Cove": any name the
    // article only uses as a place.
    if (m.tokens().size() == 1 && !fullNameWords.contains(key) && uses.onlyQualifies(text)
        || uses.onlyPlaced(text)) {
      return true;
    }
    List<CoreLabel> tokens = tokensOf(m);
    int begin = m.tokens().get(0).index() - 1;
    int end = begin + m.tokens().size();
    // "the Sandy Hook school shooting": a name of two words or more that the article only puts
    // between "the" and a common noun names a place or a thing there, not a person
    if (m.tokens().size() > 1 && begin > 0 && tokens.get(begin - 1).word().equalsIgnoreCase("the")
        && uses.onlyQualifies(text)) {
      return true;
    }
    if (OrganisationCues.courtCase(tokens, begin, end) || OrganisationCues.company(tokens, begin, end)
        || OrganisationCues.firm(tokens, begin, end)
        || OrganisationCues.nickname(tokens, begin, end, quoted.in(m.tokens().get(0).sentIndex()))
        && words.getOrDefault(Surnames.of(text), 0) == 1) { // "President Obama," shouted is Obama
      return true;
    }
    if (companies.contains(key) && (m.tokens().size() > 1 || !fullNameWords.contains(key))) {
      return true;
    }
    // A word the same article tags as a place or organisation elsewhere is that, not a person.
    return placesAndOrganisations.contains(caseless(text));
  }

  /** Equal for two texts exactly when {@link String#equalsIgnoreCase} holds. */
  private static String caseless(String text) {
    StringBuilder key = new StringBuilder(text.length());
    text.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return key.toString();
  }
}
