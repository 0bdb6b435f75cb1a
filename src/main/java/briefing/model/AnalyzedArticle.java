package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * What one article says, as facts the briefing can cross-reference; each fact carries the span
 * of the sentence it was read from.
 *
 * @param article the article's id
 * @param contentHash the SHA-256 of the article's file, which this analysis was made from
 * @param analyser the analyser's version; an analysis by another version is made again
 * @param anchor the publication date relative dates were resolved against, or null
 * @param sentences every sentence, the headline first
 * @param people newsmakers, each mention with its role where the text gives one
 * @param credits the writers and photographers: never newsmakers
 * @param entities organisations and places
 * @param times time expressions with their values
 * @param quotes quotations with their speakers
 * @param figures numbers with what they count
 */
public record AnalyzedArticle(
    String article,
    String contentHash,
    String analyser,
    String anchor,
    List<Sentence> sentences,
    List<PersonMention> people,
    List<Credit> credits,
    List<EntityMention> entities,
    List<TimeMention> times,
    List<Quote> quotes,
    List<Figure> figures) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(analyser, "analyser");
    sentences = List.copyOf(sentences);
    people = List.copyOf(people);
    credits = List.copyOf(credits);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
  }
}
