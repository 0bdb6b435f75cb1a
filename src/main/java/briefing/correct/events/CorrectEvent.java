package briefing.correct.events;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.util.Optional;

/**
 * {@code events: - event: ID, date: 2023-03-14, summary: …}: the event's date (a day, week,
 * month, quarter or year, in ISO 8601) or its summary, where the sources or their reading got it
 * wrong. The event keeps its id; the timeline places it by the new date.
 */
public record CorrectEvent(int line, String id, EventDate date, String summary) implements BriefingCorrection {
  public static CorrectEvent read(Entry entry) {
    EventDate date = entry.optional("date").map(v -> Events.date(v).orElseGet(() -> {
      entry.error("date", "date: '" + v + "' is not a date the timeline can place",
          "write it as 2023-03-14, 2023-W11, 2023-03, 2023-Q1 or 2023");
      return null;
    })).orElse(null);
    String summary = entry.optional("summary").orElse(null);
    if (!entry.failed() && date == null && summary == null) {
      entry.error("event", "events: event needs date: or summary:", "for example: date: 2023-03-14");
    }
    return new CorrectEvent(entry.line(), entry.subject(), date, summary);
  }

  @Override
  public Optional<String> apply(Edit edit) {
    Optional<Event> found = edit.event(id);
    if (found.isEmpty()) {
      return Optional.of(Events.noSuch(id));
    }
    Event e = found.get();
    Event now = e;
    if (date != null) {
      if (e.date().value().equals(date.value())) {
        return Optional.of(id + " is dated " + date.value() + " already");
      }
      now = Events.dated(now, date);
      edit.note("event", id, "Date corrected by the editor (read from the sources as " + e.date().value() + ").");
    }
    if (summary != null) {
      now = now.withSummary(summary);
      edit.note("event", id, "Summary written by the editor.");
    }
    edit.replace(edit.events, e, now);
    return Optional.empty();
  }
}
