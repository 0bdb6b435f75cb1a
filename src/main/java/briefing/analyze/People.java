package briefing.analyze;

import briefing.model.PersonMention;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Newsmakers: each named person with the title the text puts before the name. */
final class People {
  /** Name-tag classes that may stand in a title before a name ("Russian Deputy Foreign Minister"). */
  private static final Set<String> TITLE_PARTS =
      Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION", "STATE_OR_PROVINCE");

  private People() {}

  static List<PersonMention> find(Document document, Credits credits) {
    List<PersonMention> found = new ArrayList<>();
    List<CoreSentence> sentences = document.core().sentences();
    for (int i = 0; i < sentences.size(); i++) {
      CoreSentence sentence = sentences.get(i);
      for (CoreEntityMention m : sentence.entityMentions()) {
        if (!"PERSON".equals(m.entityType()) || !"PERSON".equals(m.tokens().get(0).ner())) {
          continue;
        }
        if (credits.credits(m.text())) {
          continue;
        }
        found.add(new PersonMention(m.text(), titleBefore(document, i, m), null,
            document.span(i, m.tokens().get(0), m.tokens().get(m.tokens().size() - 1))));
      }
    }
    return found;
  }

  /** The run of title words right before the name, or null. */
  private static String titleBefore(Document document, int index, CoreEntityMention m) {
    List<CoreLabel> tokens = document.core().sentences().get(index).tokens();
    int first = m.tokens().get(0).index() - 1;
    int start = first;
    while (start > 0 && TITLE_PARTS.contains(tokens.get(start - 1).ner())) {
      start--;
    }
    if (start == first) {
      return null;
    }
    String text = document.sentence(index).text();
    int base = document.core().sentences().get(index).charOffsets().first();
    return text.substring(tokens.get(start).beginPosition() - base,
        tokens.get(first - 1).endPosition() - base);
  }
}
