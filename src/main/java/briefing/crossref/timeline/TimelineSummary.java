package briefing.crossref.timeline;

import briefing.model.briefing.Event.Kind;
import briefing.model.briefing.EventDate;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the one sentence that sums up a happening: the body sentence most like the others, of
 * a readable length, in the writer's own words rather than a quotation, and for what happened,
 * a report from after the day rather than an announcement before it.
 */
final class TimelineSummary {
  private static final int SHORTEST = 8;
  private static final int LONGEST = 40;
  /** The last sentence id of an article's opening, headline included. */
  private static final int LEDE = 3;

  private TimelineSummary() {}

  /** The summary sentence of {@code mentions}, dated {@code date}; headlines only when alone. */
  static TimelineMention choose(List<TimelineMention> mentions, EventDate date, Kind kind) {
    List<TimelineMention> body = mentions.stream().filter(m -> !m.headline()).toList();
    List<TimelineMention> pool = body.isEmpty() ? mentions : body;
    return pool.stream()
        .sorted(Comparator.comparingDouble((TimelineMention m) -> -score(m, pool, date, kind))
            .thenComparing(TimelineMention::citation))
        .findFirst().orElseThrow();
  }

  private static double score(TimelineMention m, List<TimelineMention> pool, EventDate date,
      Kind kind) {
    double centrality = pool.size() == 1 ? 0 : pool.stream().filter(o -> o != m)
        .mapToDouble(o -> TimelineWords.overlap(m.words(), o.words())).average().orElse(0);
    int words = m.text().split("\\s+").length;
    double score = centrality;
    if (words < SHORTEST || words > LONGEST) {
      score -= 0.2;
    }
    if (Integer.parseInt(m.citation().sentence().substring(1)) <= LEDE) {
      score += 0.15; // news puts what happened first
    }
    if (m.quoted()) {
      score -= 0.5;
    }
    if (!m.when().equals(date)) {
      score -= 0.3; // a disagreeing source's sentence is shown as a reading, not as the summary
    }
    boolean report = m.published() != null && !m.published().isBefore(date.first());
    if (kind == Kind.STORY && report) {
      score += 0.1;
    }
    return score;
  }
}
