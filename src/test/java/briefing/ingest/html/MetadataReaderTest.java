package briefing.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import briefing.ingest.html.meta.PageMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private PageMetadata read(String head) {
    return extractor.extract("<html lang=\"en-GB\"><head>" + head + "</head><body></body></html>",
        "https://example.org/page").metadata();
  }

  @Test
  void newsArticleJsonLdGivesHeadlineDateAuthorsAndPublisher() {
    PageMetadata metadata = read("""
        <title>Something else | Gazette</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Bridge to close for a year", "datePublished": "2024-03-05T09:30:00Z",
         "author": [{"@type": "Person", "name": "Ana Souza"}, "Tom Berg"],
         "publisher": {"@type": "Organization", "name": "The Town Gazette"}}
        </script>""");

    assertEquals("Bridge to close for a year", metadata.title());
    assertEquals("2024-03-05T09:30:00Z", metadata.published());
    assertEquals(List.of("Ana Souza", "Tom Berg"), metadata.authors());
    assertEquals("The Town Gazette", metadata.siteName());
    assertEquals("en-GB", metadata.language());
  }

  @Test
  void jsonLdGraphWithAnAuthorObjectAndReferencesIsRead() {
    PageMetadata metadata = read("""
        <script type="application/ld+json">
        {"@graph": [
          {"@type": "WebSite", "@id": "#site", "name": "Gazette"},
          {"@type": "Person", "@id": "#ana", "name": "Ana Souza"},
          {"@type": ["ReportageNewsArticle"], "headline": "Piers cracked",
           "author": {"@id": "#ana"}, "datePublished": "2024-03-06"}]}
        </script>""");

    assertEquals("Piers cracked", metadata.title());
    assertEquals(List.of("Ana Souza"), metadata.authors());
    assertEquals("2024-03-06", metadata.published());
  }

  @Test
  void malformedJsonLdIsIgnored() {
    PageMetadata metadata = read("""
        <title>Bridge to close</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
        <script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
        [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>""");

    assertEquals("Bridge to close", metadata.title());
    assertEquals(List.of(), metadata.authors());
  }

  @Test
  void openGraphAndMetaTagsAreTheFallbacks() {
    PageMetadata metadata = read("""
        <title>Bridge to close - The Town Gazette</title>
        <meta property="og:site_name" content="The Town Gazette">
        <meta property="og:url" content="https://example.org/bridge">
        <meta property="article:published_time" content="2024-03-05">
        <meta name="author" content="Ana Souza">
        <meta name="description" content="The old bridge closes for repairs.">""");

    assertEquals("Bridge to close", metadata.title());
    assertEquals("The Town Gazette", metadata.siteName());
    assertEquals("https://example.org/bridge", metadata.url());
    assertEquals("2024-03-05", metadata.published());
    assertEquals(List.of("Ana Souza"), metadata.authors());
    assertEquals("The old bridge closes for repairs.", metadata.description());
  }

  @Test
  void openGraphTitleWinsOverTheDocumentTitleAndCanonicalLinkGivesTheAddress() {
    PageMetadata metadata = read("""
        <title>Gazette: home of news</title>
        <meta property="og:title" content="Bridge to close">
        <link rel="canonical" href="/news/bridge">""");

    assertEquals("Bridge to close", metadata.title());
    assertEquals("https://example.org/news/bridge", metadata.url());
    assertNull(metadata.published());
  }
}
