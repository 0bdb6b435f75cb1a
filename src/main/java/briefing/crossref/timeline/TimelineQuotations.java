package briefing.crossref.timeline;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
 * by the day it reports it, a third wrongly), or on a day and the week, month or year holding
 * it. The joined event takes the date most of its sources give.
 */
final class TimelineQuotations {
  /** Content words two quotations must share, so that a stock phrase ("thank you") joins nothing. */
  static final int SHARED_WORDS = 4;
  /**
   * Content words of the longest quotation that is a line someone said: longer is a written piece
   * quoted at length or quotation marks paired across paragraphs, whose words hold any line's.
   */
  static final int LONGEST_LINE = 60;
  /** Share of the shorter quotation's content words the other must hold. */
  static final double OVERLAP = 0.8;
  /**
   * How many days apart two reports may date the happening they quote: a day or two (words of an
   * evening reported the next day, or a weekday misread); a speaker's stock line said again a
   * week later is another happening.
   */
  static final int DISAGREEMENT_DAYS = 3;
  /**
   * Share of the quotations of the event quoting fewer that the other must quote too, to join
   * them across dates.
   */
  static final double MOSTLY = 0.5;

  private TimelineQuotations() {}

  /**
   * {@code events}, each event of the story joined into an earlier one whose sources are others,
   * dated alike ({@link #close}) to every event joined in it, that cites a sentence quoting
   * the same words (on another date, mostly the same: {@link #mostlyShared}): one of the same
   * date first, else the nearest; in the timeline's order.
   */
  static List<Event> join(List<Event> events, List<Source> sources) {
    Map<Citation, List<Set<String>>> quoted = new HashMap<>();
    for (Source source : sources) {
      for (Quote q : source.analysis().quotes()) {
        Set<String> words = TimelineWords.of(q.text());
        if (words.size() >= SHARED_WORDS && words.size() <= LONGEST_LINE) {
          q.sentences().forEach(sid -> quoted.computeIfAbsent(new Citation(source.id(), sid),
              k -> new ArrayList<>()).add(words));
        }
      }
    }
    List<Joined> joined = new ArrayList<>();
    // which joined events of the story's own quote anything, by the precision and first day of
    // each date their parts give (a report dating the happening close to any of them may tell it
    // too, as in TimelineClusters)
    Map<Precision, NavigableMap<LocalDate, Set<Integer>>> quoting = new EnumMap<>(Precision.class);
    for (Event e : events) {
      Joined alone = Joined.of(e, quotations(e, quoted));
      if (alone.quotations().isEmpty() || e.kind() != Event.Kind.STORY) {
        joined.add(alone);
        continue;
      }
      Integer into = nearby(quoting, e.date()).stream()
          .filter(i -> joined.get(i).mayTell(alone))
          .min(Comparator.comparing((Integer i) -> !joined.get(i).event().date().equals(e.date()))
              .thenComparingLong(i -> joined.get(i).daysFrom(e.date()))
              .thenComparingInt(i -> i))
          .orElse(null);
      if (into == null) {
        into = joined.size();
        joined.add(alone);
      } else {
        joined.set(into, joined.get(into).with(alone));
      }
      index(quoting, e.date(), into);
    }
    // a joined event may have a new date, more sources or more citations: each orders it
    return joined.stream().map(Joined::event).sorted(Timeline.ORDER).toList();
  }

  /**
   * An event as joined so far: the events joined in it, their quotations (each once) and
   * sources, and the event they make ({@link #merged}).
   */
  private record Joined(Event event, List<Event> parts, List<Set<String>> quotations,
      Set<String> sources) {
    static Joined of(Event e, List<Set<String>> quotations) {
      return new Joined(e, List.of(e), quotations, Set.copyOf(e.sources()));
    }

    /**
     * True where {@code other}, an event of one part, may tell this one's happening: dated close
     * to every one of its parts, told by other sources, quoting the same words (on another date,
     * mostly the same). Close to every part, not to one: a story of weeks retells its lines day
     * after day, and a report close to the last day joined, quoting what that day's report
     * quoted, had chained dozens of reports of two months into one event.
     */
    boolean mayTell(Joined other) {
      Event e = other.event();
      return parts.stream().allMatch(p -> close(p.date(), e.date()))
          && e.sources().stream().noneMatch(sources::contains)
          && (event.date().equals(e.date()) ? sameQuotation(quotations, other.quotations())
              : mostlyShared(quotations, other.quotations()));
    }

    /** The fewest days between the first day of {@code date} and of one of its parts' dates. */
    long daysFrom(EventDate date) {
      return parts.stream().mapToLong(p -> Math.abs(ChronoUnit.DAYS.between(p.date().first(),
          date.first()))).min().orElseThrow();
    }

    /** This and {@code other} as one. */
    Joined with(Joined other) {
      List<Event> all = Stream.concat(parts.stream(), other.parts().stream()).toList();
      Event merged = merged(all);
      return new Joined(merged, all,
          Stream.concat(quotations.stream(), other.quotations().stream()).distinct().toList(),
          Set.copyOf(merged.sources()));
    }
  }

  private static void index(Map<Precision, NavigableMap<LocalDate, Set<Integer>>> quoting,
      EventDate date, int at) {
    quoting.computeIfAbsent(date.precision(), k -> new TreeMap<>())
        .computeIfAbsent(date.first(), k -> new TreeSet<>()).add(at);
  }

  /**
   * The joined events with a part whose date may be close to {@code date} ({@link #close}): of
   * its precision, a few days apart; of a coarser one (a year, quarter, month or week), the one
   * holding it; of a finer one, those it holds.
   */
  private static List<Integer> nearby(Map<Precision, NavigableMap<LocalDate, Set<Integer>>> quoting,
      EventDate date) {
    Set<Integer> found = new TreeSet<>();
    quoting.forEach((precision, byDay) -> {
      int finer = precision.compareTo(date.precision());
      if (finer == 0) {
        byDay.subMap(date.first().minusDays(DISAGREEMENT_DAYS), true,
            date.first().plusDays(DISAGREEMENT_DAYS), true).values().forEach(found::addAll);
      } else if (finer > 0) {
        byDay.subMap(date.first(), true, date.last(), true).values().forEach(found::addAll);
      } else {
        // periods of one precision do not overlap: only the last starting by then may hold it
        Map.Entry<LocalDate, Set<Integer>> holding = byDay.floorEntry(date.first());
        if (holding != null) {
          found.addAll(holding.getValue());
        }
      }
    });
    return List.copyOf(found);
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
   * date most sources give, a source of a coarser date holding it giving it too ("in June" for
   * "on June 7"); then the finer date, then the date of most sentences. A day a report states
   * leads over the day a statement made apart was reported; the event is a statement made apart
   * only where all its parts are.
   */
  private static Event merged(List<Event> parts) {
    Map<EventDate, Set<String>> sourcesOn = new HashMap<>();
    Map<EventDate, Integer> citing = new HashMap<>();
    for (Event p : parts) {
      for (Event q : parts) {
        if (q.date().equals(p.date()) || p.date().within(q.date())) {
          sourcesOn.computeIfAbsent(p.date(), k -> new TreeSet<>()).addAll(q.sources());
        }
      }
      citing.merge(p.date(), p.citations().size(), Integer::sum);
    }
    Event lead = parts.stream().min(Comparator.comparing(Event::statement)
        .thenComparingInt((Event p) -> -sourcesOn.get(p.date()).size())
        .thenComparing((Event p) -> p.date().precision(), Comparator.reverseOrder())
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
