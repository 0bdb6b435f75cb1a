package briefing.crossref;

import java.util.List;
import java.util.Map;

/** One person per real person across all articles. */
final class PeopleMerger {
  private PeopleMerger() {}

  static Cast merge(List<Source> sources) {
    return new Cast(List.of(), Map.of()); // TODO(crossref)
  }
}
