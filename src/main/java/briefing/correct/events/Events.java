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
    return e.withDate(date);
  }

  /** The date an editor wrote, where it is one a timeline can place. */
  static Optional<EventDate> date(String value) {
    return EventDate.parse(value).filter(d -> d.value().equals(value));
  }
}
