package briefing.model;

import java.util.Objects;

/**
 * What the editor says about the briefing as a whole, from {@code content/briefing.md}.
 *
 * @param title the briefing's title
 * @param language the language of the articles, a BCP 47 tag ("en")
 * @param introduction the editor's introduction, Markdown source ("" for none)
 * @param baseUrl where the site will be published ("" where not said), for the sitemap
 */
public record Editorial(String title, String language, String introduction, String baseUrl) {
  public Editorial {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(introduction, "introduction");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }
}
