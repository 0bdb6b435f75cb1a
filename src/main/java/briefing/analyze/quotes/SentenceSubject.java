package briefing.analyze.quotes;

import java.util.Optional;

/**
 * A partial quotation inside the writer's own sentence ("Ortega called on Mr Reyes to '…'",
 * "he predicted that the council would '…'") is the words of the nearest person before it who is the
 * subject of a verb; "he" goes to the one person it can mean.
 */
public final class SentenceSubject implements AttributionRule {
  public static final String NAME = "sentence-subject";

  @Override
  public Optional<Attribution> attribute(Quotation q, Attributing context) {
    if (!q.partial()) {
      return Optional.empty();
    }
    return context.phrases(q.first()).subjectBefore(q.open(), context.quoted(q.first()))
        .map(p -> context.credit(p, NAME));
  }
}
