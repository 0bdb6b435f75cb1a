package briefing.crossref.timeline;

import briefing.model.briefing.Event.Kind;
import briefing.model.briefing.EventDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses the one sentence that sums up a happening: the body sentence most like the others, of
 * a readable length, in the writer's own words rather than a quotation, one that stands on its
 * own rather than a question or one leaning on the sentence before it, and for what happened,
 * a report from after the day rather than an announcement before it.
 */
final class TimelineSummary {
  private static final int SHORTEST = 8;
  private static final int LONGEST = 40;
  /** The last sentence id of an article's opening, headline included. */
  private static final int LEDE = 3;

  /**
   * The most mentions a mention is compared with for centrality: a day that hundreds of
   * sentences name is judged on an even sample of them, not on every pair (issue 11).
   */
  static final int SAMPLE = 64;

  /**
   * What a sentence that leans on the one before it opens with: a pronoun as its subject, after a
   * conjunction too ("And it upends …", "It came after …", "This prompted …"). Out of its report
   * no reader knows whom or what it means. Not "This morning, …" (a time), nor "It was … that" or
   * "It is unclear …" and "It rained" (no one is meant).
   */
  private static final Pattern LEANS = Pattern.compile("(?i)(?:(?:and|but|yet|so|still|then)\\s+)?"
      + "(?:he|she|they|his|her|their|its"
      + "|(?:this|these|those)(?!\\s+(?:morning|afternoon|evening|night|week|weekend|month|year|spring"
      + "|summer|fall|autumn|winter|season|time|week's|year's|month's)\\b)"
      + "|it(?!\\s+(?:is|was|has been|had been|seems|seemed|appears|appeared|remains|remained|rained"
      + "|snowed)\\b))\\b");

  private TimelineSummary() {}

  /** The summary sentence of {@code mentions}, dated {@code date}; headlines only when alone. */
  static TimelineMention choose(List<TimelineMention> mentions, EventDate date, Kind kind) {
    List<TimelineMention> body = mentions.stream().filter(m -> !m.headline()).toList();
    List<TimelineMention> pool = body.isEmpty() ? mentions : body;
    List<TimelineMention> sample = sample(pool);
    // Each score once: a comparator that scores computes it at every comparison.
    Map<TimelineMention, Double> scores = new IdentityHashMap<>();
    for (TimelineMention m : pool) {
      scores.put(m, score(m, sample, date, kind));
    }
    return pool.stream()
        .sorted(Comparator.comparingDouble((TimelineMention m) -> -scores.get(m))
            .thenComparing(TimelineMention::citation))
        .findFirst().orElseThrow();
  }

  /** The pool, or {@link #SAMPLE} mentions spread evenly over it. */
  private static List<TimelineMention> sample(List<TimelineMention> pool) {
    if (pool.size() <= SAMPLE) {
      return pool;
    }
    List<TimelineMention> sample = new ArrayList<>();
    for (int i = 0; i < SAMPLE; i++) {
      sample.add(pool.get((int) ((long) i * pool.size() / SAMPLE)));
    }
    return sample;
  }

  private static double score(TimelineMention m, List<TimelineMention> others, EventDate date,
      Kind kind) {
    double centrality = others.size() == 1 ? 0 : others.stream().filter(o -> o != m)
        .mapToDouble(o -> TimelineWords.overlap(m.words(), o.words())).average().orElse(0);
    int words = m.text().split("\\s+").length;
    double score = centrality;
    if (words < SHORTEST || words > LONGEST) {
      score -= 0.2;
    }
    if (m.citation().number() <= LEDE) {
      // news puts what happened first: an opening sums the happening up better than a sentence
      // further down holding the words of several (at 0.15 those won; eval-summary)
      score += 0.25;
    }
    if (m.quoted()) {
      score -= 0.5;
    }
    if (LEANS.matcher(m.text()).lookingAt() || m.text().strip().endsWith("?")) {
      score -= 0.3; // a question, or a sentence leaning on one before it, sums nothing up
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
