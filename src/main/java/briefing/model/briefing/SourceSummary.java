package briefing.model.briefing;

import briefing.model.Credit;
import java.util.List;
import java.util.Objects;

/**
 * One article as a source of the briefing.
 *
 * @param article the article's id
 * @param outlet the outlet, or null where unknown
 * @param title the headline
 * @param published the publication date in ISO 8601, or null
 * @param credits the writers and photographers
 * @param sentences how many sentences it has
 * @param facts how many of the briefing's facts (events, people, figures, quotes) it supports
 * @param exclusive how many of those no other source reports
 */
public record SourceSummary(String article, String outlet, String title, String published,
    List<Credit> credits, int sentences, int facts, int exclusive) {
  public SourceSummary {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(title, "title");
    credits = List.copyOf(credits);
  }
}
