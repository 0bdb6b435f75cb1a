package briefing.crossref.timeline;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Joins the events that different sources tell with one quotation: the same words quoted by two
 * reports ("President Hallor has said that he is determined to …") were said at one happening, an
 * interview or a post, which each report dates in a sentence of its own words ("made an
 * appearance on the show last Sunday", "pushed back in two interviews on Sunday") — on the same
 * day, or on days a little apart (a debate one report dates by the evening it was held, another
 * by the day it reports it, a third wrongly), or on a day and the week or month holding it. The
 * joined event is dated as more of its sources date it.
 */
final class TimelineQuotations {
  /** Content words two quotations must share, so that a stock phrase ("thank you") joins nothing. */
  static final int SHARED_WORDS = 4;
  /** Share of the shorter quotation's content words the other must hold. */
  static final double OVERLAP = 0.8;
  /**
   * How many days apart two reports may date the happening they quote: a day or two (words of an
   * evening reported the next day, or a weekday misread); a speaker's stock line said again a
   * week later is another happening.
   */
  static final int DISAGREEMENT_DAYS = 3;
  /** Share of one event's quotations the other must quote to join them across dates. */
  static final double MOSTLY = 0.5;

  private TimelineQuotations() {}

  /**
   * {@code events}, each event of the story joined into an earlier one whose sources are others,
   * dated alike ({@link #close}) to one of the events joined in it, that cites a sentence quoting
   * the same words (on another date, mostly the same: {@link #mostlyShared}); in the timeline's
   * order.
   */
  static List<Event> join(List<Event> events, List<Source> sources) {
    Map<Citation, List<Set<String>>> quoted = new HashMap<>();
    for (Source source : sources) {
      for (Quote q : source.analysis().quotes()) {
        Set<String> words = TimelineWords.of(q.text());
        if (words.size() >= SHARED_WORDS) {
          q.sentences().forEach(sid -> quoted.computeIfAbsent(new Citation(source.id(), sid),
              k -> new ArrayList<>()).add(words));
        }
      }
    }
    List<Event> joined = new ArrayList<>();
    // each joined event's quotations and the events joined in it, and which joined events quote
    // anything, by the first day of each of their dates
    List<List<Set<String>>> quotationsOf = new ArrayList<>();
    List<List<Event>> partsOf = new ArrayList<>();
    NavigableMap<LocalDate, Set<Integer>> quoting = new TreeMap<>();
    boolean redated = false;
    for (Event e : events) {
      List<Set<String>> ofE = quotations(e, quoted);
      if (ofE.isEmpty()) {
        joined.add(e);
        quotationsOf.add(ofE);
        partsOf.add(List.of(e));
        continue;
      }
      Integer into = e.kind() != Event.Kind.STORY ? null : nearby(quoting, e.date()).stream()
          .filter(i -> joined.get(i).kind() == Event.Kind.STORY
              && partsOf.get(i).stream().anyMatch(p -> close(p.date(), e.date()))
              && joined.get(i).sources().stream().noneMatch(e.sources()::contains)
              && (joined.get(i).date().equals(e.date()) ? sameQuotation(quotationsOf.get(i), ofE)
                  : mostlyShared(quotationsOf.get(i), ofE)))
          .findFirst().orElse(null);
      if (into == null) {
        into = joined.size();
        joined.add(e);
        quotationsOf.add(ofE);
        partsOf.add(List.of(e));
      } else {
        List<Event> parts = Stream.concat(partsOf.get(into).stream(), Stream.of(e)).toList();
        Event merged = merged(parts);
        redated |= !merged.date().equals(joined.get(into).date());
        joined.set(into, merged);
        quotationsOf.set(into, Stream.concat(quotationsOf.get(into).stream(), ofE.stream()).toList());
        partsOf.set(into, parts);
      }
      quoting.computeIfAbsent(e.date().first(), k -> new TreeSet<>()).add(into);
    }
    return redated ? joined.stream().sorted(Timeline.ORDER).toList() : joined;
  }

  /**
   * The joined events, in the order they were made, whose date may be close to {@code date}: those
   * starting up to a year before it (a year, month or week holding it) or a few days after it.
   */
  private static List<Integer> nearby(NavigableMap<LocalDate, Set<Integer>> quoting, EventDate date) {
    return quoting.subMap(date.first().minusYears(1), true,
            date.last().plusDays(DISAGREEMENT_DAYS), true)
        .values().stream().flatMap(Set::stream).distinct().sorted().toList();
  }

  /**
   * True where two reports may date one happening so: the same date, days of the same precision
   * at most {@link #DISAGREEMENT_DAYS} apart, or a date and a coarser one holding it.
   */
  static boolean close(EventDate a, EventDate b) {
    return a.precision() == b.precision()
            && Math.abs(ChronoUnit.DAYS.between(a.first(), b.first())) <= DISAGREEMENT_DAYS
        || a.within(b) || b.within(a);
  }

  /**
   * True where at least {@link #MOSTLY} of the quotations of the side quoting fewer are quoted by
   * the other: two reports dating one happening differently quote mostly the same words, while
   * one line in common between two days' busy events is a line said again, or retold.
   */
  private static boolean mostlyShared(List<Set<String>> ofA, List<Set<String>> ofB) {
    List<Set<String>> fewer = ofA.size() <= ofB.size() ? ofA : ofB;
    List<Set<String>> more = fewer == ofA ? ofB : ofA;
    long quoted = fewer.stream().filter(q -> more.stream().anyMatch(o -> same(o, q))).count();
    return quoted >= MOSTLY * fewer.size();
  }

  private static boolean sameQuotation(List<Set<String>> ofA, List<Set<String>> ofB) {
    return ofB.stream().anyMatch(q -> ofA.stream().anyMatch(o -> same(o, q)));
  }

  private static boolean same(Set<String> a, Set<String> b) {
    long shared = shared(a, b);
    return shared >= SHARED_WORDS && shared >= OVERLAP * Math.min(a.size(), b.size());
  }

  private static List<Set<String>> quotations(Event e, Map<Citation, List<Set<String>>> quoted) {
    return e.citations().stream().flatMap(c -> quoted.getOrDefault(c, List.of()).stream())
        .distinct().toList();
  }

  private static long shared(Set<String> a, Set<String> b) {
    return a.stream().filter(b::contains).count();
  }

  /**
   * One event citing what {@code parts} cite, dated, named and ranked as the first of them on the
   * date most sources give (then the date of most sentences), a day a report states before the
   * day a statement made apart was reported; a statement made apart only where all are.
   */
  private static Event merged(List<Event> parts) {
    Map<EventDate, Set<String>> sourcesOn = new HashMap<>();
    Map<EventDate, Integer> citing = new HashMap<>();
    for (Event p : parts) {
      sourcesOn.computeIfAbsent(p.date(), k -> new TreeSet<>()).addAll(p.sources());
      citing.merge(p.date(), p.citations().size(), Integer::sum);
    }
    Event lead = parts.stream().min(Comparator.comparing(Event::statement)
        .thenComparingInt((Event p) -> -sourcesOn.get(p.date()).size())
        .thenComparingInt(p -> -citing.get(p.date()))).orElseThrow();
    List<Event> all = Stream.concat(Stream.of(lead), parts.stream().filter(p -> p != lead)).toList();
    return new Event(lead.id(), lead.date(), lead.kind(), lead.summary(), lead.summaryFrom(),
        List.copyOf(new TreeSet<>(all.stream().flatMap(p -> p.citations().stream()).toList())),
        all.stream().flatMap(p -> p.excerpts().stream()).toList(),
        all.stream().flatMap(p -> p.dates().stream()).toList(),
        List.copyOf(new TreeSet<>(all.stream().flatMap(p -> p.people().stream()).toList())),
        lead.announcedBy(), lead.rank(), all.stream().allMatch(Event::statement));
  }
}
