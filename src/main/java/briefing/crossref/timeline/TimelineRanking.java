package briefing.crossref.timeline;

import briefing.model.briefing.EventDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How strongly the sources point at each date, for leading a long timeline with its key dates:
 * a date mentioned by many sources outranks one mentioned many times by one source.
 *
 * <p>Each source adds {@code log(1 + n)} for the n sentences it dates there, so a second source
 * counts for more than a second mention (the date-mention counting of Tran et al. 2013 and
 * news-tls, damped per source). A lead that states no date, dated by its report's publication
 * day, counts {@link #UNDATED_LEAD} of a sentence: every report has one, so it says that the day
 * had news, not that the sources point back at it. (Tuned on one of H1N1's three gold timelines,
 * Guardian's: date F1 0.833 to 0.917; the two held apart unchanged, 0.857 and 0.733.)
 */
final class TimelineRanking {
  /** What a lead dated only by its publication day counts, against a sentence that names its date. */
  static final double UNDATED_LEAD = 0.3;
  private final Map<EventDate, Double> scores;

  private TimelineRanking(Map<EventDate, Double> scores) {
    this.scores = scores;
  }

  /** The ranking of every date {@code mentions} give. */
  static TimelineRanking of(List<TimelineMention> mentions) {
    Map<EventDate, Map<String, Double>> counts = new TreeMap<>();
    for (TimelineMention m : mentions) {
      double weight = m.written().isEmpty() ? UNDATED_LEAD : 1;
      counts.computeIfAbsent(m.when(), k -> new TreeMap<>()).merge(m.article(), weight, Double::sum);
    }
    Map<EventDate, Double> scores = new TreeMap<>();
    counts.forEach((date, perSource) -> scores.put(date,
        perSource.values().stream().mapToDouble(n -> Math.log1p(n)).sum()));
    return new TimelineRanking(scores);
  }

  /** The score of {@code date}: 0 where no source dates anything there. */
  double score(EventDate date) {
    return scores.getOrDefault(date, 0.0);
  }
}
