package briefing.crossref.timeline;

import briefing.crossref.CastOfPeople;
import briefing.crossref.Ids;
import briefing.model.Citation;
import briefing.model.Published;
import briefing.model.Source;
import briefing.model.Sourced;
import briefing.model.briefing.Event;
import briefing.text.Datelines;
import briefing.text.UniqueIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The timeline: dated happenings merged across sources.
 *
 * <p>A sentence whose action is anchored to a resolved date is a candidate
 * ({@link TimelineCandidates}); candidates telling the same happening are merged
 * ({@link TimelineClusters}) into one entry each ({@link TimelineEvents}), ranked by how many
 * sources and mentions point at its date ({@link TimelineRanking}).
 */
public final class Timeline {
  /**
   * The timeline's order: by date (coarser first on the same first day), then by rank, then the
   * events most sources report first, then by where the summary was read.
   */
  static final Comparator<Event> ORDER = Comparator.comparing(Event::date)
      .thenComparing(Comparator.comparingDouble(Event::rank).reversed())
      .thenComparing(Comparator.comparingInt((Event e) -> e.sources().size()).reversed())
      .thenComparing(Comparator.comparingInt((Event e) -> e.citations().size()).reversed())
      .thenComparing(Event::summaryFrom);

  private Timeline() {}

  /**
   * The events of {@code sources}, by date (coarser first on the same first day), then by rank,
   * then the events most sources report first, then by where the summary was read; ids are the date and the summary's key words.
   */
  public static List<Event> build(List<Source> sources, CastOfPeople cast) {
    List<TimelineMention> mentions = new ArrayList<>();
    for (Source s : sources.stream().sorted(Comparator.comparing(Source::id)).toList()) {
      mentions.addAll(TimelineCandidates.of(s, cast));
    }
    List<LocalDate> published = sources.stream().map(s -> s.article().metadata().published())
        .filter(Objects::nonNull).map(Sourced::value).filter(Objects::nonNull)
        .map(Published::date).sorted().toList();
    TimelineEvents events = new TimelineEvents(published.isEmpty() ? null : published.get(0),
        published.isEmpty() ? null : published.get(published.size() / 2),
        TimelineRanking.of(mentions));
    List<Event> unnamed = TimelineClusters.of(mentions).stream().map(events::event)
        .sorted(ORDER).toList();
    UniqueIds ids = Ids.forListedPages();
    TimelineContext.Attached attached = TimelineContext.attach(
        unnamed.stream().map(e -> named(e, ids)).toList(), sources, asides(mentions), cast);
    return readable(TimelineQuotations.join(
        TimelineStatements.add(attached.events(), attached.statements(), ids), sources), sources);
  }

  /**
   * {@code events}, each summed up by its whole sentence where the part of it that reports the
   * happening does not say who did what ({@link Clauses#subjectless}: "… after getting testy
   * with reporters late Tuesday."); the part stays the sentence's excerpt. Not where another
   * part of the sentence reports another event ("Talks are due in Brussels on Wednesday and at
   * the security body on Thursday"): each keeps its own words.
   */
  private static List<Event> readable(List<Event> events, List<Source> sources) {
    Map<String, Source> byId = sources.stream()
        .collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
    Map<Citation, Long> parts = events.stream().flatMap(e -> e.excerpts().stream())
        .collect(Collectors.groupingBy(Event.Excerpt::citation, Collectors.counting()));
    return events.stream().map(e -> {
      if (!Clauses.subjectless(e.summary()) || parts.getOrDefault(e.summaryFrom(), 0L) > 1) {
        return e;
      }
      Source source = byId.get(e.summaryFrom().article());
      return source == null ? e : source.analysis().sentences().stream()
          .filter(s -> s.id().equals(e.summaryFrom().sentence())).findFirst()
          .map(s -> e.withSummary(Datelines.without(s.text())))
          .orElse(e);
    }).toList();
  }

  /**
   * The sentences whose every date lies in what someone is reported saying: they report the
   * saying, an aside from the happening they date ({@link TimelineMention#told()}).
   */
  private static Set<Citation> asides(List<TimelineMention> mentions) {
    Map<Citation, Boolean> allTold = new HashMap<>();
    mentions.forEach(m -> allTold.merge(m.citation(), m.told(), Boolean::logicalAnd));
    return allTold.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** {@code e} under an id of its date and its summary's key words, unique among {@code ids}. */
  static Event named(Event e, UniqueIds ids) {
    String id = ids.next(e.date().value() + " " + TimelineWords.keyWords(e.summary(), 4));
    return e.withId(id);
  }
}
