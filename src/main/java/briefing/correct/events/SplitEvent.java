package briefing.correct.events;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.Citation;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.model.briefing.MentionLink;
import briefing.model.briefing.Person;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code events: - split: ID, article: coast-radio}: what one source reports under this event
 * is another happening. It becomes an event of its own, with that source's sentences, date
 * readings and people, dated by {@code date:} or by that source's reading, and summed up by
 * {@code summary:} or the event's summary.
 */
public record SplitEvent(int line, String id, String article, EventDate date, String summary)
    implements BriefingCorrection {
  public static SplitEvent read(Entry entry) {
    EventDate date = entry.optional("date").map(v -> Events.date(v).orElseGet(() -> {
      entry.error("date", "date: '" + v + "' is not a date the timeline can place",
          "write it as 2023-03-14, 2023-W11, 2023-03, 2023-Q1 or 2023");
      return null;
    })).orElse(null);
    return new SplitEvent(entry.line(), entry.subject(), entry.text("article"), date,
        entry.optional("summary").orElse(null));
  }

  @Override
  public Optional<String> apply(Edit edit) {
    Optional<Event> found = edit.event(id);
    if (found.isEmpty()) {
      return Optional.of(Events.noSuch(id));
    }
    Event e = found.get();
    Predicate<Citation> there = c -> c.article().equals(article);
    List<Citation> moved = e.citations().stream().filter(there).toList();
    if (moved.isEmpty()) {
      return Optional.of(id + " is not reported by article " + article);
    }
    if (moved.size() == e.citations().size()) {
      return Optional.of("article " + article + " is the only source of " + id + "; nothing is left to split off");
    }
    List<DateReading> readings = e.dates().stream().filter(r -> there.test(r.citation())).toList();
    EventDate when = date != null ? date
        : readings.stream().map(r -> EventDate.parse(r.value())).flatMap(Optional::stream).findFirst()
            .orElse(e.date());
    String newId = Edit.freshId(when.value() + " " + e.id().replaceFirst("^[0-9W-]+(Q[1-4])?-", "") + " " + article,
        edit.events.stream().map(Event::id).toList());
    List<String> people = e.people().stream()
        .filter(p -> edit.people.stream().filter(x -> x.id().equals(p)).map(Person::mentions)
            .anyMatch(ms -> ms.stream().anyMatch(moved::contains)))
        .toList();
    double share = e.rank() * moved.size() / e.citations().size();
    Event split = new Event(newId, when, e.kind(), summary != null ? summary : e.summary(),
        there.test(e.summaryFrom()) ? e.summaryFrom() : moved.get(0), moved,
        e.excerpts().stream().filter(x -> there.test(x.citation())).toList(), readings, people,
        e.announcedBy(), share, e.statement());
    List<Citation> left = e.citations().stream().filter(there.negate()).toList();
    Event kept = new Event(e.id(), e.date(), e.kind(), e.summary(),
        there.test(e.summaryFrom()) ? left.get(0) : e.summaryFrom(), left,
        e.excerpts().stream().filter(x -> !there.test(x.citation())).toList(),
        e.dates().stream().filter(r -> !there.test(r.citation())).toList(), e.people(), e.announcedBy(),
        e.rank() - share, e.statement());
    edit.replace(edit.events, e, kept);
    edit.events.add(edit.events.indexOf(kept) + 1, split);
    edit.moveLinks(MentionLink.Kind.EVENT, e.id(), newId, there);
    edit.note("event", e.id(), "Split by the editor: what " + edit.outlet(article) + " reports here is another event.");
    edit.note("event", newId, "Split by the editor from another event.");
    return Optional.empty();
  }
}
