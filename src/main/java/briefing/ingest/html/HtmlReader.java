package briefing.ingest.html;

import briefing.ingest.ArticleReader;
import briefing.ingest.Draft;
import briefing.ingest.PublishedDates;
import briefing.ingest.Unit;
import briefing.ingest.html.meta.PageMetadata;
import briefing.model.Block;
import briefing.model.Diagnostic;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Sourced;
import java.util.List;

/**
 * Reads a saved web page: the article body that {@link ArticleExtractor} finds, and the metadata
 * the page publishes (title, site name, canonical URL, authors, date, language).
 */
public final class HtmlReader implements ArticleReader {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Override
  public String format() {
    return "html";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml");
  }

  @Override
  public String decode(byte[] bytes, String guessed) {
    return PageDecoder.decode(bytes);
  }

  @Override
  public Draft read(String body, int firstLine, String file, List<Diagnostic> problems) {
    Extraction extraction = extractor.extract(body, "");
    List<Unit> units = extraction.blocks().stream()
        .map(b -> new Unit(b.kind(), b.text(), line(b, firstLine)))
        .toList();
    return new Draft(units, metadata(extraction.metadata(), file, problems), extraction.noise(), false);
  }

  private static int line(Block block, int firstLine) {
    return block.line() == 0 ? 0 : block.line() + firstLine - 1;
  }

  /**
   * The page's authors who are people: "BBC News" credited as the author is the outlet, and
   * "Jane Roe, CNN" is Jane Roe.
   */
  static List<String> people(List<String> authors, String site) {
    if (authors == null) {
      return List.of();
    }
    String outlet = site == null ? "" : site.strip().toLowerCase(java.util.Locale.ROOT);
    return authors.stream()
        .map(a -> outlet.isEmpty() ? a.strip()
            : a.strip().replaceFirst("(?i),\\s*" + java.util.regex.Pattern.quote(site.strip()) + "$", ""))
        .filter(a -> !a.isBlank() && !a.toLowerCase(java.util.Locale.ROOT).equals(outlet))
        .distinct()
        .toList();
  }

  private static Metadata metadata(PageMetadata page, String file, List<Diagnostic> problems) {
    Metadata metadata = Metadata.EMPTY;
    if (page.title() != null && !page.title().isBlank()) {
      metadata = metadata.withTitle(Sourced.of(page.title(), Origin.PAGE, ""));
    }
    if (page.siteName() != null && !page.siteName().isBlank()) {
      metadata = metadata.withOutlet(Sourced.of(page.siteName(), Origin.PAGE, ""));
    }
    List<String> authors = people(page.authors(), page.siteName());
    if (!authors.isEmpty()) {
      metadata = metadata.withAuthors(Sourced.of(authors, Origin.PAGE, ""));
    }
    if (page.published() != null && !page.published().isBlank()) {
      var published = PublishedDates.parse(page.published());
      if (published.isPresent()) {
        metadata = metadata.withPublished(Sourced.of(published.get(), Origin.PAGE, page.published()));
      } else {
        problems.add(Diagnostic.warning(file, 0,
            "the page's publication date '" + page.published() + "' is not a date briefing reads",
            "add 'published: YYYY-MM-DD' to the front matter at the top of the file"));
      }
    }
    if (page.url() != null && !page.url().isBlank()) {
      metadata = metadata.withUrl(Sourced.of(page.url(), Origin.PAGE, ""));
    }
    if (page.language() != null && !page.language().isBlank()) {
      metadata = metadata.withLanguage(Sourced.of(page.language(), Origin.PAGE, ""));
    }
    return metadata;
  }
}
