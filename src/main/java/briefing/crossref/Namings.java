package briefing.crossref;

import briefing.model.Naming;
import briefing.model.Organisation;
import briefing.model.Place;
import java.util.List;

/** How each source spells each name the sources do not all spell alike. */
final class Namings {
  private Namings() {}

  static List<Naming> of(Cast cast, List<Organisation> organisations, List<Place> places) {
    return List.of(); // TODO(crossref)
  }
}
