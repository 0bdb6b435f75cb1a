package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * What the content folder holds, as read: the editor's settings and the clean articles, in the
 * order of their file names. The input of every later stage.
 *
 * @param editorial the editor's title, language, introduction and base URL
 * @param articles each article read, duplicates kept once
 * @param folder how the content folder is named in messages ("content", "../story/content"),
 *     the start of each article's {@link Article#file()}
 */
public record Content(Editorial editorial, List<Article> articles, String folder) {
  public Content {
    Objects.requireNonNull(editorial, "editorial");
    Objects.requireNonNull(folder, "folder");
    articles = List.copyOf(articles);
  }

  /**
   * Where {@code article}'s file lies inside the content folder ("articles/001.txt"): the same
   * wherever the folder is and however the command named it, so pages that show it are too.
   */
  public String inside(Article article) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return article.file().startsWith(prefix) ? article.file().substring(prefix.length()) : article.file();
  }
}
