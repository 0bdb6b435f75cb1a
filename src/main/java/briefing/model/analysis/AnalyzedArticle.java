package briefing.model.analysis;

import briefing.model.Credit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
    // Every fact points at a sentence of this article: an analysis read back from a damaged
    // cache entry fails here rather than in a later stage.
    Set<String> ids = new HashSet<>();
    sentences.forEach(s -> ids.add(s.id()));
    List<Span> spans = new ArrayList<>();
    people.forEach(p -> spans.add(p.span()));
    entities.forEach(e -> spans.add(e.span()));
    times.forEach(x -> spans.add(x.span()));
    figures.forEach(f -> spans.add(f.span()));
    quotes.forEach(q -> spans.add(q.span()));
    for (Span span : spans) {
      if (!ids.contains(span.sentence())) {
        throw new IllegalArgumentException("a fact points at no sentence of the article: " + span);
      }
    }
    for (Quote q : quotes) {
      if (!ids.containsAll(q.sentences())) {
        throw new IllegalArgumentException("a quote lies in sentences the article does not have: " + q.sentences());
      }
    }
  }
}
