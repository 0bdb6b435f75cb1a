package briefing.correct.events;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code events: - merge: [ID, ID]}: events the timeline kept apart are one happening. The
 * first keeps its id, date, summary and kind and takes the others' sources, date readings and
 * people; the dates that named the others link to it.
 */
public record MergeEvents(int line, List<String> ids) implements BriefingCorrection {
  public static MergeEvents read(Entry entry) {
    return new MergeEvents(entry.line(), entry.texts("merge", 2));
  }

  @Override
  public Optional<String> apply(Edit edit) {
    List<Event> found = new ArrayList<>();
    for (String id : ids.stream().distinct().toList()) {
      Optional<Event> e = edit.event(id);
      if (e.isEmpty()) {
        return Optional.of(Events.noSuch(id));
      }
      found.add(e.get());
    }
    if (found.size() < 2) {
      return Optional.of("it names one event");
    }
    Event into = found.get(0);
    List<Event> others = found.subList(1, found.size());
    List<Event> all = found;
    Event merged = new Event(into.id(), into.date(), into.kind(), into.summary(), into.summaryFrom(),
        all.stream().flatMap(e -> e.citations().stream()).distinct().sorted().toList(),
        excerpts(all),
        all.stream().flatMap(e -> e.dates().stream()).distinct()
            .sorted(Comparator.comparing(DateReading::value).thenComparing(DateReading::citation)).toList(),
        all.stream().flatMap(e -> e.people().stream()).distinct().toList(),
        into.announcedBy() != null ? into.announcedBy()
            : others.stream().map(Event::announcedBy).filter(a -> a != null).findFirst().orElse(null),
        all.stream().mapToDouble(Event::rank).sum(), all.stream().allMatch(Event::statement));
    edit.replace(edit.events, into, merged);
    for (Event other : others) {
      edit.events.remove(other);
      edit.moveEvent(other.id(), into.id());
    }
    edit.note("event", into.id(), "Merged by the editor from " + found.size() + " events of the sources.");
    return Optional.empty();
  }

  /**
   * The excerpts the merged event keeps: a sentence every merging event that cites it cites by
   * the same words; one that cites it by other words, or whole, makes it cited whole.
   */
  private static List<Event.Excerpt> excerpts(List<Event> all) {
    return all.stream().flatMap(e -> e.excerpts().stream()).distinct()
        .filter(x -> all.stream().filter(e -> e.citations().contains(x.citation()))
            .allMatch(e -> e.excerpt(x.citation()).filter(x.text()::equals).isPresent()))
        .sorted(Comparator.comparing(Event.Excerpt::citation)).toList();
  }
}
