package briefing.crossref;

import briefing.model.Event;
import java.util.List;

/** The timeline: dated happenings merged across sources. */
final class Timeline {
  private Timeline() {}

  static List<Event> build(List<Source> sources, Cast cast) {
    return List.of(); // TODO(crossref): events from sentences anchored to resolved dates
  }
}
