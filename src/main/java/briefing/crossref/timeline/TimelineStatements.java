package briefing.crossref.timeline;

import briefing.model.Citation;
import briefing.model.Published;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.text.UniqueIds;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The statements reports make apart from the happenings they date: someone who took no part in
 * a happening answering it, or speaking somewhere of their own ("said in a statement", "told
 * reporters"). Each is a happening too, the speaker's saying, which its report tells without a
 * day: the news of the report's publication day, as a lead that states no date is. One
 * speaker's statement told by several reports published within a few days is one happening,
 * each report quoting or paraphrasing it.
 */
final class TimelineStatements {
  /** How far apart the publication days of two reports of one statement may be, in days. */
  static final int SAME_STATEMENT_DAYS = 3;
  /** How a statement's day is read. */
  private static final String DERIVATION =
      "a statement its report tells with no day of its own: the news of its publication day";

  private TimelineStatements() {}

  /**
   * One report's statement made apart.
   *
   * @param speaker the speaker's person id
   * @param published the report's publication day
   * @param outlet the report's outlet, or null
   * @param citations the statement's sentences, the first naming the speaker
   * @param summary the first sentence's words
   */
  record Apart(String speaker, LocalDate published, String outlet, List<Citation> citations,
      String summary) {
    Apart {
      citations = List.copyOf(citations);
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("a statement cites at least one sentence");
      }
    }
  }

  /** {@code events} and a happening for each statement, named by {@code ids}. */
  static List<Event> add(List<Event> events, List<Apart> statements, UniqueIds ids) {
    if (statements.isEmpty()) {
      return events;
    }
    // the statements' own happenings in the order they were made, and each speaker's latest:
    // in publication order, the only one a statement may be told again from
    List<Event> made = new ArrayList<>();
    Map<String, Integer> latest = new HashMap<>();
    for (Apart a : statements.stream().sorted(Comparator.comparing(Apart::published)
        .thenComparing(a -> a.citations().get(0))).toList()) {
      Integer same = latest.get(a.speaker());
      if (same != null && ChronoUnit.DAYS.between(made.get(same).date().first(), a.published())
          <= SAME_STATEMENT_DAYS) {
        made.set(same, citing(made.get(same), a));
      } else {
        latest.put(a.speaker(), made.size());
        made.add(statement(a));
      }
    }
    List<Event> named = made.stream().map(e -> Timeline.named(e, ids)).sorted(Timeline.ORDER).toList();
    return merged(events, named);
  }

  /**
   * {@code events} as they stand, each statement put before the first event it comes before in
   * {@link Timeline#ORDER}: the other events keep their places whether a story has statements or
   * not.
   */
  private static List<Event> merged(List<Event> events, List<Event> statements) {
    List<Event> out = new ArrayList<>(events.size() + statements.size());
    int next = 0;
    for (Event e : events) {
      while (next < statements.size() && Timeline.ORDER.compare(statements.get(next), e) < 0) {
        out.add(statements.get(next++));
      }
      out.add(e);
    }
    out.addAll(statements.subList(next, statements.size()));
    return out;
  }

  /** The happening of one statement, dated by its report's publication day. */
  private static Event statement(Apart a) {
    EventDate date = EventDate.parse(a.published().toString()).orElseThrow();
    return new Event(date.value(), date, Event.Kind.STORY, a.summary(), a.citations().get(0),
        a.citations(), List.of(), List.of(reading(a)), List.of(a.speaker()), null, 0, true);
  }

  /** {@code e}, citing the statement's sentences too, and reading its day from its report. */
  private static Event citing(Event e, Apart a) {
    List<Citation> citations = List.copyOf(new TreeSet<>(
        Stream.concat(e.citations().stream(), a.citations().stream()).toList()));
    List<DateReading> dates = Stream.concat(e.dates().stream(), Stream.of(reading(a)))
        .sorted(Comparator.comparing(DateReading::value).thenComparing(DateReading::citation))
        .toList();
    return new Event(e.id(), e.date(), e.kind(), e.summary(), e.summaryFrom(), citations,
        e.excerpts(), dates, e.people(), e.announcedBy(), e.rank(), e.statement());
  }

  private static DateReading reading(Apart a) {
    String outlet = a.outlet() == null ? "a report" : "a report by " + a.outlet();
    return new DateReading(a.published().toString(), "", DERIVATION + ", in " + outlet
        + " published " + Published.on(a.published()).display(), a.citations().get(0));
  }
}
