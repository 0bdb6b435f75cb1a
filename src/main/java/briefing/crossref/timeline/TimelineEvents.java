package briefing.crossref.timeline;

import briefing.model.Citation;
import briefing.model.Published;
import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event.Kind;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one happening into a timeline entry: its leading date, its kind, its summary sentence,
 * how each source dates it and who announced it.
 *
 * @param storyStart the earliest publication day of the story, or null where none is known
 * @param storyMiddle the median publication day, or null
 * @param ranking the dates' scores
 */
record TimelineEvents(LocalDate storyStart, LocalDate storyMiddle, TimelineRanking ranking) {
  /** How long before the story's first report a happening is background, not the story's own. */
  static final int BACKGROUND_DAYS = 60;

  /** The entry for {@code h}, with a provisional id (the caller makes ids unique). */
  Event event(TimelineClusters.Happening h) {
    EventDate date = leadingDate(h.mentions());
    Kind kind = kind(date, h.mentions());
    TimelineMention summary = TimelineSummary.choose(h.mentions(), date, kind);
    List<Citation> citations = h.mentions().stream().map(TimelineMention::citation).distinct()
        .sorted().toList();
    List<String> people = h.mentions().stream().flatMap(m -> m.people().stream()).distinct()
        .sorted().toList();
    String announcedBy = kind == Kind.ANNOUNCED ? announcer(h.mentions()) : null;
    return new Event(date.value(), date, kind, summary.text(),
        summary.citation(), citations, excerpts(h.mentions()), readings(h.mentions()), people,
        announcedBy, ranking.score(date), false);
  }

  /**
   * The words of each cited sentence that report the happening, where they are a clause of it
   * (the sentence reports another happening too); a sentence two of whose clauses report it
   * reports it whole.
   */
  private static List<Event.Excerpt> excerpts(List<TimelineMention> mentions) {
    Map<Citation, Set<String>> words = new TreeMap<>();
    for (TimelineMention m : mentions) {
      words.computeIfAbsent(m.citation(), c -> new HashSet<>()).add(m.text());
    }
    List<Event.Excerpt> out = new ArrayList<>();
    words.forEach((c, texts) -> {
      String text = texts.iterator().next();
      if (texts.size() == 1 && Clauses.isPart(text)) {
        out.add(new Event.Excerpt(c, text));
      }
    });
    return out;
  }

  /**
   * The date most sources state; where as many state another, the one most sources give (a lead
   * that states no date gives its publication day), then the one nearer the story's own days,
   * then the earlier.
   */
  private EventDate leadingDate(List<TimelineMention> mentions) {
    Map<EventDate, Long> sources = new TreeMap<>();
    Map<EventDate, Long> stating = new TreeMap<>();
    for (EventDate d : mentions.stream().map(TimelineMention::when).distinct().toList()) {
      sources.put(d, mentions.stream().filter(m -> m.when().equals(d))
          .map(TimelineMention::article).distinct().count());
      stating.put(d, mentions.stream().filter(m -> m.when().equals(d)
              && !TimelineCandidates.isGuessed(m))
          .map(TimelineMention::article).distinct().count());
    }
    return sources.keySet().stream()
        .sorted(Comparator.comparing((EventDate d) -> -stating.get(d))
            .thenComparing(d -> -sources.get(d))
            .thenComparing(d -> storyMiddle == null ? 0
                : Math.abs(ChronoUnit.DAYS.between(d.first(), storyMiddle)))
            .thenComparing(Comparator.naturalOrder()))
        .findFirst().orElseThrow();
  }

  /**
   * Background when it ended well before the story's first report (or is a past year), announced
   * when every source reporting it was published before it began, else the story's own.
   */
  Kind kind(EventDate date, List<TimelineMention> mentions) {
    if (storyStart != null && (date.last().isBefore(storyStart.minusDays(BACKGROUND_DAYS))
        || date.precision().compareTo(Precision.YEAR) <= 0
            && date.last().getYear() < storyStart.getYear())) {
      return Kind.BACKGROUND;
    }
    boolean allBefore = mentions.stream().filter(m -> m.when().equals(date))
        .allMatch(m -> m.published() != null && m.published().isBefore(date.first()));
    return allBefore ? Kind.ANNOUNCED : Kind.STORY;
  }

  /**
   * Who announced it: the speaker of the earliest report that names one, else the outlet of the
   * earliest report.
   */
  private static String announcer(List<TimelineMention> mentions) {
    List<TimelineMention> byDate = mentions.stream()
        .sorted(Comparator.comparing((TimelineMention m) -> m.published() == null ? LocalDate.MAX
            : m.published()).thenComparing(TimelineMention::citation))
        .toList();
    return byDate.stream().map(TimelineMention::speaker).filter(Objects::nonNull).findFirst()
        .orElse(byDate.stream().map(TimelineMention::outlet).filter(Objects::nonNull).findFirst()
            .orElse(null));
  }

  /**
   * How the source's date was reached, with the report's own publication day where the date was
   * counted from it ("… Sunday 9 January 2022, in a report published Monday 10 January 2022").
   */
  private static String derivation(TimelineMention m) {
    String how = m.derivation();
    if (m.published() == null || !how.contains("publication")) {
      return how;
    }
    String outlet = m.outlet() == null ? "a report" : "a report by " + m.outlet();
    return how + ", in " + outlet + " published " + Published.on(m.published()).display();
  }

  /**
   * One reading per source and date: the first expression of the source's text that dates it,
   * or of its headline where the text does not.
   */
  private static List<DateReading> readings(List<TimelineMention> mentions) {
    Map<String, DateReading> first = new TreeMap<>();
    List<TimelineMention> bodyFirst = mentions.stream().sorted(Comparator
        .comparing(TimelineMention::headline).thenComparing(TimelineMention::citation)).toList();
    for (TimelineMention m : bodyFirst) {
      first.putIfAbsent(m.when().value() + "\t" + m.article(), new DateReading(m.when().value(),
          m.written(), derivation(m), m.citation()));
    }
    List<DateReading> out = new ArrayList<>(first.values());
    out.sort(Comparator.comparing(DateReading::value).thenComparing(DateReading::citation));
    return out;
  }
}
