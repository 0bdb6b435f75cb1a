package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.PersonMentions;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names CoreNLP tags as people that are not: pronouns, the outlet, places and organisations.
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

  private final Document document;
  /** The words the article tags as a place or organisation somewhere, by {@link #caseless}. */
  private final Set<String> placesAndOrganisations = new HashSet<>();
  /** The surnames of the people the text (not the headline) names. */
  private final Set<String> surnamesInText = new HashSet<>();

  private NotPeople(Document document) {
    this.document = document;
    for (CoreSentence s : document.core().sentences()) {
      for (CoreEntityMention m : s.entityMentions()) {
        if (NOT_PERSON_TYPES.contains(m.entityType())) {
          placesAndOrganisations.add(caseless(m.text()));
        } else if ("PERSON".equals(m.entityType())
            && !document.sentence(m.tokens().get(0).sentIndex()).isHeadline()) {
          surnamesInText.add(PersonMentions.surname(m.text()));
        }
      }
    }
  }

  /** The judge for {@code document}'s mentions. */
  static NotPeople of(Document document) {
    return new NotPeople(document);
  }

  /** True when mention {@code m} is no person: see the class comment. */
  boolean rejects(CoreEntityMention m) {
    String text = m.text().strip();
    String key = text.toLowerCase(Locale.ROOT);
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || PRONOUNS.contains(key)) {
      return true;
    }
    var outlet = document.article().metadata().outlet();
    if (outlet != null && outlet.value() != null && outlet.value().equalsIgnoreCase(text)) {
      return true;
    }
    // Headlines are capitalised throughout, so the tagger takes words for names ("Harbour Stays
    // Shut"); a headline name is a person only when the text names them too.
    if (document.sentence(m.tokens().get(0).sentIndex()).isHeadline()
        && !surnamesInText.contains(PersonMentions.surname(text))) {
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
