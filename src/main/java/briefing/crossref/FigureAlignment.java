package briefing.crossref;

import briefing.model.FigureComparison;
import java.util.List;

/** Figures about the same thing, side by side per source. */
final class FigureAlignment {
  private FigureAlignment() {}

  static List<FigureComparison> align(List<Source> sources) {
    return List.of(); // TODO(crossref)
  }
}
