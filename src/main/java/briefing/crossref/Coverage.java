package briefing.crossref;

import briefing.model.CoverageRow;
import briefing.model.Event;
import briefing.model.FigureComparison;
import briefing.model.SourceSummary;
import java.util.List;

/** Which source reports which fact, and what each source contributes. */
final class Coverage {
  private Coverage() {}

  static List<CoverageRow> of(List<Source> sources, Cast cast, List<Event> events,
      List<FigureComparison> figures) {
    return List.of(); // TODO(crossref)
  }

  static List<SourceSummary> summaries(List<Source> sources, List<CoverageRow> coverage) {
    return List.of(); // TODO(crossref)
  }
}
