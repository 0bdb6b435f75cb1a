package briefing.crossref;

import briefing.model.QuoteComparison;
import java.util.List;

/** The same statement carried by several sources, side by side. */
final class QuoteAlignment {
  private QuoteAlignment() {}

  static List<QuoteComparison> align(List<Source> sources, Cast cast) {
    return List.of(); // TODO(crossref)
  }
}
