package briefing.render;

import briefing.model.Page;
import java.util.List;

/** {@code sitemap.xml} for a site published at a known base URL: every HTML page. */
final class Sitemap {
  private Sitemap() {}

  static String of(String baseUrl, List<Page> pages) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    pages.stream().map(Page::path).filter(p -> p.endsWith(".html")).sorted().forEach(p ->
        xml.append("  <url><loc>").append(escape(base + p)).append("</loc></url>\n"));
    return xml.append("</urlset>\n").toString();
  }

  /** {@code robots.txt}: every page may be read, and where the sitemap is when there is one. */
  static String robots(String baseUrl) {
    if (baseUrl.isBlank()) {
      return "User-agent: *\nAllow: /\n";
    }
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return "User-agent: *\nAllow: /\n\nSitemap: " + base.replaceAll("[\\p{Cc}\\s]", "") + "sitemap.xml\n";
  }

  /** Text escaped for XML; control characters, which XML 1.0 forbids, are dropped. */
  private static String escape(String s) {
    return s.replaceAll("\\p{Cc}", "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&apos;");
  }
}
