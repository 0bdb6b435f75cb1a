package briefing.analyze.quotes;

import briefing.analyze.nlp.Phrases;
import java.util.Optional;

/**
 * A partial quotation inside the writer's own sentence ("Ortega called on Mr Reyes to '…'",
 * "he predicted that the council would '…'") is the words of the nearest person before it who is the
 * subject of a verb; "he" goes to the one person it can mean. Where a speech verb before that
 * person reports their clause ("Lund said Cole was '…'"), the words are the reporter's.
 */
public final class SentenceSubject implements AttributionRule {
  public static final String NAME = "sentence-subject";

  @Override
  public Optional<Attribution> attribute(Quotation q, Attributing context) {
    if (!q.partial()) {
      return Optional.empty();
    }
    Phrases phrases = context.phrases(q.first());
    // in a clause another reports ("Lund said Cole was 'not fit'"), the words are the reporter's
    return phrases.subjectBefore(q.open(), context.quoted(q.first()))
        .map(p -> phrases.reporterOf(p).orElse(p))
        .map(p -> context.credit(p, NAME));
  }
}
