package briefing.correct.events;

import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.util.Optional;

/** What the event corrections share. */
final class Events {
  private Events() {}

  static String noSuch(String id) {
    return "no event has the id '" + id + "'";
  }

  /** {@code e} on another date. */
  static Event dated(Event e, EventDate date) {
    return new Event(e.id(), date, e.kind(), e.summary(), e.summaryFrom(), e.citations(), e.dates(),
        e.people(), e.announcedBy(), e.rank());
  }

  /** The date an editor wrote, where it is one a timeline can place. */
  static Optional<EventDate> date(String value) {
    return EventDate.parse(value).filter(d -> d.value().equals(value));
  }
}
