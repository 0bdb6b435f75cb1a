package briefing.render;

import briefing.model.Article;
import briefing.model.Credit;
import briefing.model.Metadata;
import briefing.model.Noise;
import briefing.model.Origin;
import briefing.model.Sourced;
import briefing.model.analysis.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as its page and the index show it: plain strings, ready for a template.
 *
 * @param id the article's id
 * @param href its page, relative to the site root
 * @param file its source file
 * @param title the headline
 * @param outlet the outlet, or "" where unknown
 * @param byline the writers, joined, or ""
 * @param publishedIso the publication date in ISO 8601, or "" where unknown
 * @param publishedText the publication date for people, or ""
 * @param url the original URL, or ""
 * @param headline the headline cut into its sentences
 * @param blocks the article's text, captions included, in reading order, cut into sentences
 * @param noise what was removed as page noise
 * @param credits photo credits
 * @param details each metadata value with where it came from
 * @param words the article's length in words
 */
public record SourceView(
    String id,
    String href,
    String file,
    String title,
    String outlet,
    String byline,
    String publishedIso,
    String publishedText,
    String url,
    List<TextView.Piece> headline,
    List<TextView.BlockView> blocks,
    List<Noise> noise,
    List<String> credits,
    List<Detail> details,
    int words) {

  /** One metadata value and how briefing knows it. */
  public record Detail(String label, String value, String how) {}

  /**
   * The view of {@code article}, its file named as {@code file} ("articles/001.txt");
   * {@code analysis} gives its sentences, or is null, and {@code links} go on them (names, dates).
   */
  static SourceView of(Article article, String file, AnalyzedArticle analysis, List<TextView.Link> links) {
    Metadata m = article.metadata();
    List<Detail> details = new ArrayList<>();
    detail(details, "Headline", m.title());
    detail(details, "Outlet", m.outlet());
    if (m.authors() != null) {
      details.add(new Detail("By", String.join(", ", m.authors().value()), how(m.authors())));
    }
    if (m.published() != null) {
      details.add(new Detail("Published", m.published().value().display(), how(m.published())));
    }
    detail(details, "Dateline", m.dateline());
    detail(details, "Original", m.url());
    details.add(new Detail("File", file, "read as " + article.format()));
    String title = m.title() == null ? file : m.title().value();
    return new SourceView(
        article.id(),
        "articles/" + article.id() + ".html",
        file,
        title,
        value(m.outlet()),
        m.authors() == null ? "" : String.join(" and ", m.authors().value()),
        m.published() == null ? "" : m.published().value().iso(),
        m.published() == null ? "" : m.published().value().display(),
        safeUrl(value(m.url())),
        m.title() == null ? List.of(new TextView.Piece("", title)) : TextView.headline(title, analysis, links),
        TextView.blocks(article.blocks(), analysis, links),
        article.noise(),
        article.credits().stream().map(SourceView::credit).toList(),
        details,
        article.text().stream().mapToInt(b -> b.text().split(" ").length).sum());
  }

  private static void detail(List<Detail> into, String label, Sourced<String> value) {
    if (value != null) {
      into.add(new Detail(label, value.value(), how(value)));
    }
  }

  private static String how(Sourced<?> value) {
    String where = switch (value.origin()) {
      case FRONT_MATTER -> "stated in the file's front matter";
      case PAGE -> "from the page's metadata";
      case TEXT -> "found in the text";
      case EDITOR -> "corrected by the editor";
    };
    return value.origin() == Origin.TEXT && !value.evidence().isEmpty()
        ? where + ": “" + abbreviate(value.evidence()) + "”"
        : where;
  }

  private static String abbreviate(String text) {
    return text.length() <= 90 ? text : text.substring(0, 87) + "…";
  }

  private static String credit(Credit credit) {
    return "Photo: " + credit.name() + (credit.agency().isEmpty() ? "" : " / " + credit.agency());
  }

  private static String value(Sourced<String> value) {
    return value == null ? "" : value.value();
  }

  /** Only web addresses become links: a {@code javascript:} URL from a file never does. */
  private static String safeUrl(String url) {
    return url.matches("(?i)https?://[^\\s\"'<>]+") ? url : "";
  }
}
