package briefing.ingest.html.noise;

import briefing.ingest.html.Text;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises schema.org microdata that pages print as text without meaning it as prose: the
 * headline repeated outside the heading, keywords, timestamps and image or page addresses held
 * in {@code itemprop} elements.
 */
final class Microdata {
  /** Properties whose value is a keyword list, never prose. */
  private static final Set<String> KEYWORDS = Set.of("keywords", "articlesection", "genre");
  /** Properties whose value is a machine value: an address, a timestamp or a number. */
  private static final Set<String> VALUES = Set.of("url", "image", "thumbnailurl", "contenturl",
      "embedurl", "logo", "sameas", "mainentityofpage", "identifier", "datepublished",
      "datemodified", "datecreated", "uploaddate", "width", "height", "wordcount", "inlanguage",
      "copyrightyear", "duration", "interactioncount", "commentcount");
  /** Properties that name the article: printed outside a heading they repeat it. */
  private static final Set<String> NAMES = Set.of("headline", "alternativeheadline", "name");
  private static final Pattern MACHINE_VALUE = Pattern.compile("(?i)^(?:(?:https?:)?//\\S+"
      + "|[\\w./-]+\\.(?:jpe?g|png|gif|webp|svg|avif)(?:\\?\\S*)?|\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+"
      + "(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d+(?:[.,]\\d+)?(?:px)?|[a-z]{2}(?:-[A-Za-z]{2})?)$");

  private final Set<String> headings = new HashSet<>();

  /** Remembers the page's headings, whose text a printed headline property repeats. */
  Microdata(Element root) {
    for (Element heading : root.select("h1, h2, h3")) {
      headings.add(Text.fold(heading.text()).toLowerCase(Locale.ROOT));
    }
  }

  /** Why the element is printed microdata rather than prose, or null. */
  String reason(Element element) {
    if (!element.hasAttr("itemprop") || element.normalName().matches("h[1-6]")) {
      return null;
    }
    String text = Text.fold(element.text());
    if (text.isEmpty()) {
      return null;
    }
    for (String property : element.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+")) {
      if (KEYWORDS.contains(property) && element.select("p").isEmpty()) {
        return "page metadata";
      }
      if (VALUES.contains(property) && MACHINE_VALUE.matcher(text).matches()) {
        return "page metadata";
      }
      if (NAMES.contains(property) && element.closest("h1, h2, h3, h4, h5, h6") == null
          && headings.contains(text.toLowerCase(Locale.ROOT))
          && element.select("h1, h2, h3").isEmpty()) {
        return "page metadata";
      }
    }
    return null;
  }
}
