package briefing.crossref.timeline;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.briefing.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Joins the events of one day that different sources tell with one quotation: the same words
 * quoted by two reports ("President Hallor has said that he is determined to …") were said at
 * one happening, an interview or a post, which each report dates in a sentence of its own words
 * ("made an appearance on the show last Sunday", "pushed back in two interviews on Sunday").
 */
final class TimelineQuotations {
  /** Content words two quotations must share, so that a stock phrase ("thank you") joins nothing. */
  static final int SHARED_WORDS = 4;
  /** Share of the shorter quotation's content words the other must hold. */
  static final double OVERLAP = 0.8;

  private TimelineQuotations() {}

  /**
   * {@code events}, each event of the story joined into an earlier one of the same day whose
   * sources are others and that cites a sentence quoting the same words.
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
    // each joined event's quotations, and which joined events of each day quote anything
    List<List<Set<String>>> quotationsOf = new ArrayList<>();
    Map<String, List<Integer>> quotingByDate = new HashMap<>();
    for (Event e : events) {
      List<Set<String>> ofE = quotations(e, quoted);
      if (ofE.isEmpty()) {
        joined.add(e);
        quotationsOf.add(ofE);
        continue;
      }
      List<Integer> sameDay = quotingByDate.computeIfAbsent(e.date().value(), k -> new ArrayList<>());
      Integer into = e.kind() != Event.Kind.STORY ? null : sameDay.stream()
          .filter(i -> joined.get(i).kind() == Event.Kind.STORY
              && joined.get(i).sources().stream().noneMatch(e.sources()::contains)
              && sameQuotation(quotationsOf.get(i), ofE))
          .findFirst().orElse(null);
      if (into == null) {
        sameDay.add(joined.size());
        joined.add(e);
        quotationsOf.add(ofE);
      } else {
        joined.set(into, merged(joined.get(into), e));
        quotationsOf.set(into, Stream.concat(quotationsOf.get(into).stream(), ofE.stream()).toList());
      }
    }
    return joined;
  }

  private static boolean sameQuotation(List<Set<String>> ofA, List<Set<String>> ofB) {
    return ofB.stream().anyMatch(q -> ofA.stream()
        .anyMatch(o -> shared(o, q) >= SHARED_WORDS
            && shared(o, q) >= OVERLAP * Math.min(o.size(), q.size())));
  }

  private static List<Set<String>> quotations(Event e, Map<Citation, List<Set<String>>> quoted) {
    return e.citations().stream().flatMap(c -> quoted.getOrDefault(c, List.of()).stream())
        .distinct().toList();
  }

  private static long shared(Set<String> a, Set<String> b) {
    return a.stream().filter(b::contains).count();
  }

  /**
   * {@code a}, citing what {@code b} cites too; its id, summary and rank are {@code a}'s; a
   * statement made apart only where both are.
   */
  private static Event merged(Event a, Event b) {
    return new Event(a.id(), a.date(), a.kind(), a.summary(), a.summaryFrom(),
        List.copyOf(new TreeSet<>(Stream.concat(a.citations().stream(), b.citations().stream()).toList())),
        Stream.concat(a.excerpts().stream(), b.excerpts().stream()).toList(),
        Stream.concat(a.dates().stream(), b.dates().stream()).toList(),
        List.copyOf(new TreeSet<>(Stream.concat(a.people().stream(), b.people().stream()).toList())),
        a.announcedBy(), a.rank(), a.statement() && b.statement());
  }
}
