package briefing.crossref;

import briefing.model.Organisation;
import java.util.List;

/** Organisations merged across case and acronym forms. */
final class Organisations {
  private Organisations() {}

  static List<Organisation> merge(List<Source> sources) {
    return List.of(); // TODO(crossref)
  }
}
