package briefing.analyze.names;

import briefing.analyze.nlp.Document;
import briefing.analyze.nlp.PersonMentions;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.Locale;
import java.util.Set;

/** Names CoreNLP tags as people that are not: pronouns, the outlet, places and organisations. */
final class NotPeople {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them");
  private static final Set<String> NOT_PERSON_TYPES = Set.of("LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "ORGANIZATION", "NATIONALITY");

  private NotPeople() {}

  /** True when mention {@code m} is no person: see the class comment. */
  static boolean rejects(Document document, CoreEntityMention m) {
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
        && !namedInText(document, PersonMentions.surname(text))) {
      return true;
    }
    // A word the same article tags as a place or organisation elsewhere is that, not a person.
    for (CoreSentence s : document.core().sentences()) {
      for (CoreEntityMention other : s.entityMentions()) {
        if (NOT_PERSON_TYPES.contains(other.entityType()) && other.text().equalsIgnoreCase(text)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean namedInText(Document document, String surname) {
    for (CoreSentence s : document.core().sentences()) {
      for (CoreEntityMention other : s.entityMentions()) {
        if ("PERSON".equals(other.entityType())
            && !document.sentence(other.tokens().get(0).sentIndex()).isHeadline()
            && PersonMentions.surname(other.text()).equals(surname)) {
          return true;
        }
      }
    }
    return false;
  }
}
