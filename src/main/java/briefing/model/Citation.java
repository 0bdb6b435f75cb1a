package briefing.model;

import java.util.Objects;

/**
 * Where a fact of the briefing was read: one sentence of one article.
 *
 * @param article the article's id
 * @param sentence the sentence's id in that article ("s12")
 */
public record Citation(String article, String sentence) implements Comparable<Citation> {
  public Citation {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentence, "sentence");
  }

  /** The link to the sentence, relative to the site root: {@code articles/ID.html#s12}. */
  public String href() {
    return "articles/" + article + ".html#" + sentence;
  }

  /** The sentence's place in its article: 12 for "s12". */
  public int number() {
    return Integer.parseInt(sentence.substring(1));
  }

  @Override
  public int compareTo(Citation o) {
    int byArticle = article.compareTo(o.article);
    return byArticle != 0 ? byArticle : Integer.compare(number(), o.number());
  }
}
