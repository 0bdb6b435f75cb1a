package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * What the content folder holds, as read: the editor's settings and the clean articles, in the
 * order of their file names. The input of every later stage.
 *
 * @param editorial the editor's title, language, introduction and base URL
 * @param articles each article read, duplicates kept once
 */
public record Content(Editorial editorial, List<Article> articles) {
  public Content {
    Objects.requireNonNull(editorial, "editorial");
    articles = List.copyOf(articles);
  }
}
