package briefing.ingest.html.meta;

import briefing.ingest.html.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's title, site, address, authors, date, language and summary from its markup. */
public final class MetadataReader {
  /** The meta name under which a page saved by briefing records the address it came from. */
  public static final String FETCHED_URL = "briefing:url";
  /** The meta name under which a page saved by briefing records when it was fetched (ISO 8601). */
  public static final String FETCHED_AT = "briefing:fetched";
  private static final String[] DATE_NAMES = {"article:published_time", "og:published_time",
      "published_time", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
      "dcterms.issued", "parsely-pub-date", "pubdate", "publishdate", "publish-date",
      "sailthru.date", "datepublished", "article.published", "citation_publication_date",
      "citation_date", "originalpublicationdate", "date.available"};
  private static final String[] AUTHOR_NAMES = {"article:author", "author", "byl", "parsely-author",
      "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "twitter:creator"};
  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : "};

  /** Reads the metadata of a parsed page, preferring JSON-LD and Open Graph over plain tags. */
  public PageMetadata read(Document doc) {
    LinkedData data = LinkedData.read(jsonLdScripts(doc));
    // The publisher named in JSON-LD is the organisation; og:site_name is at times a section.
    String siteName = first(data.publisher(), meta(doc, "og:site_name"),
        meta(doc, "application-name"));
    String title = first(data.headline(), meta(doc, "og:title"), meta(doc, "twitter:title"),
        stripSite(Text.fold(doc.title()), siteName), headline(doc));
    // briefing:url is the address `briefing add URL` fetched the page from; the page's own
    // canonical address wins over it.
    String url = first(link(doc, "canonical"), absolute(doc, meta(doc, "og:url")), data.url(),
        meta(doc, FETCHED_URL), doc.location().isBlank() ? null : doc.location());
    List<String> authors = data.authors().isEmpty() ? authors(doc) : data.authors();
    String published = first(data.published(), metaAny(doc, DATE_NAMES), itemprop(doc),
        time(doc));
    String language = first(Text.fold(doc.select("html").attr("lang")),
        meta(doc, "content-language"), data.language(), meta(doc, "og:locale"));
    String description = first(meta(doc, "og:description"), meta(doc, "description"),
        data.description());
    return new PageMetadata(title, siteName, url, authors, published, language, description);
  }

  private static List<Object> jsonLdScripts(Document doc) {
    List<Object> scripts = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      JsonLd.parse(script.data()).ifPresent(scripts::add);
    }
    return scripts;
  }

  /** The content of the first meta tag whose property, name or http-equiv is the key. */
  private static String meta(Document doc, String key) {
    for (Element meta : doc.getElementsByTag("meta")) {
      for (String attribute : new String[] {"property", "name", "http-equiv", "itemprop"}) {
        if (meta.attr(attribute).equalsIgnoreCase(key)) {
          String content = Text.fold(meta.attr("content"));
          if (!content.isEmpty()) {
            return content;
          }
        }
      }
    }
    return null;
  }

  private static String metaAny(Document doc, String... keys) {
    for (String key : keys) {
      String value = meta(doc, key);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static List<String> authors(Document doc) {
    List<String> authors = new ArrayList<>();
    for (String key : AUTHOR_NAMES) {
      String value = meta(doc, key);
      // article:author is often a profile address, which is not a name.
      if (value != null && !value.contains("://") && !value.startsWith("@")) {
        authors.add(value);
        break;
      }
    }
    return authors;
  }

  private static String link(Document doc, String rel) {
    Element link = doc.selectFirst("link[rel~=(?i)^" + rel + "$][href]");
    return link == null ? null : first(Text.fold(link.absUrl("href")), Text.fold(link.attr("href")));
  }

  private static String absolute(Document doc, String url) {
    if (url == null || url.contains("://") || doc.location().isBlank()) {
      return url;
    }
    try {
      return java.net.URI.create(doc.location()).resolve(url).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String itemprop(Document doc) {
    Element element = doc.selectFirst("[itemprop=datePublished]");
    if (element == null) {
      return null;
    }
    return first(Text.fold(element.attr("content")), Text.fold(element.attr("datetime")),
        Text.fold(element.text()));
  }

  private static String time(Document doc) {
    Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime]");
    return time == null ? null : Text.fold(time.attr("datetime"));
  }

  private static String headline(Document doc) {
    Element h1 = doc.selectFirst("article h1, h1");
    return h1 == null ? null : Text.fold(h1.text());
  }

  /** Strips a trailing or leading " | Site Name" from a document title when it names the site. */
  static String stripSite(String title, String siteName) {
    if (title == null || title.isEmpty() || siteName == null) {
      return title;
    }
    String site = siteName.toLowerCase(Locale.ROOT);
    for (String separator : SEPARATORS) {
      int last = title.lastIndexOf(separator);
      if (last > 0 && title.substring(last + separator.length()).toLowerCase(Locale.ROOT).equals(site)) {
        return title.substring(0, last).strip();
      }
      int firstCut = title.indexOf(separator);
      if (firstCut > 0 && title.substring(0, firstCut).toLowerCase(Locale.ROOT).equals(site)) {
        return title.substring(firstCut + separator.length()).strip();
      }
    }
    return title;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
