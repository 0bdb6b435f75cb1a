package briefing.correct;

import briefing.model.briefing.FigureComparison;
import java.util.List;
import java.util.Optional;

/** {@code figures: - hide: TOPIC}: figures side by side that are not about the same thing. */
public record HideFigure(int line, String topic) implements BriefingCorrection {
  public static HideFigure read(Entry entry) {
    return new HideFigure(entry.line(), entry.subject());
  }

  @Override
  public Optional<String> apply(Edit edit) {
    List<FigureComparison> found = Figures.about(edit, topic);
    if (found.isEmpty()) {
      return Optional.of(Figures.noSuch(topic));
    }
    for (FigureComparison f : found) {
      edit.figures.remove(f);
      edit.hideTopic(f.topic());
      edit.note("figure", f.topic(), "Hidden by the editor: the figures are not about the same thing.");
    }
    return Optional.empty();
  }
}
