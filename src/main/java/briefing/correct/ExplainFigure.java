package briefing.correct;

import briefing.model.briefing.FigureComparison;
import java.util.List;
import java.util.Optional;

/**
 * {@code figures: - explain: TOPIC, note: …}: figures that conflict for a reason the editor
 * knows (one counts ground troops only). The comparison stays, marked explained, with the note.
 */
public record ExplainFigure(int line, String topic, String text) implements BriefingCorrection {
  public static ExplainFigure read(Entry entry) {
    return new ExplainFigure(entry.line(), entry.subject(), entry.text("note"));
  }

  @Override
  public Optional<String> apply(Edit edit) {
    List<FigureComparison> found = Figures.about(edit, topic).stream()
        .filter(f -> f.verdict() != FigureComparison.Verdict.AGREE).toList();
    if (found.isEmpty()) {
      return Optional.of(Figures.about(edit, topic).isEmpty() ? Figures.noSuch(topic)
          : "the figures on '" + topic + "' agree now");
    }
    found.forEach(f -> edit.note("figure", f.topic(), text));
    return Optional.empty();
  }
}
