package briefing.ingest.html.meta;

import java.util.List;

/**
 * What a page says about itself; every field is null where the page does not say.
 *
 * @param title the article's headline
 * @param siteName the publication's name
 * @param url the page's canonical address
 * @param authors the article's authors, in page order, never null
 * @param published the publication date as the page gives it, usually ISO 8601
 * @param language the page's language tag, such as {@code en} or {@code pt-BR}
 * @param description the page's short summary
 */
public record PageMetadata(String title, String siteName, String url, List<String> authors,
    String published, String language, String description) {
  public PageMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
