package briefing.crossref;

import briefing.model.Place;
import java.util.List;

/** Places merged across spelling variants. */
final class Places {
  private Places() {}

  static List<Place> merge(List<Source> sources) {
    return List.of(); // TODO(crossref)
  }
}
