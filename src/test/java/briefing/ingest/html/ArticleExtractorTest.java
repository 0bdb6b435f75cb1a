package briefing.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Noise;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final String PARAGRAPH_ONE = "The council voted on Tuesday to close the old bridge"
      + " for repairs, a decision that will divert traffic through the town centre for a year.";
  private static final String PARAGRAPH_TWO = "Engineers found cracks in two of the piers last spring,"
      + " and the mayor said the town could not wait for the regional budget to cover the work.";
  private static final String PARAGRAPH_THREE = "Shop owners on the main street fear the detour will"
      + " cost them customers, while residents near the bridge welcome a year of quiet evenings.";

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static String text(Extraction extraction) {
    return String.join("\n", extraction.blocks().stream().map(Block::text).toList());
  }

  @Test
  void articleBodyIsFoundOverNavigationFooterAndComments() {
    String html = """
        <html><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
          <li><a href="/sport">Sport</a></li></ul></nav>
        <div class="layout">
          <article><h1>Bridge to close</h1>
            <p>%s</p><p>%s</p><p>%s</p></article>
          <div id="comments"><h3>2 comments</h3>
            <p>I have driven over that bridge every day for thirty years and never saw a crack.</p>
          </div>
        </div>
        <footer><p>Copyright 2024 The Town Gazette. All rights reserved.</p></footer>
        </body></html>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    Extraction extraction = extractor.extract(html, "https://example.org/bridge");

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE),
        extraction.blocks().stream().map(Block::text).toList());
    List<String> reasons = extraction.noise().stream().map(Noise::reason).toList();
    assertTrue(reasons.contains("navigation"), reasons::toString);
    assertTrue(reasons.contains("comments"), reasons::toString);
    assertTrue(reasons.contains("footer"), reasons::toString);
  }

  @Test
  void blocksCarryTheSourceLineWhereTheyStart() {
    String html = "<html><body>\n<article>\n<p>" + PARAGRAPH_ONE + "</p>\n\n<p>" + PARAGRAPH_TWO
        + "</p></article></body></html>";

    List<Block> blocks = extractor.extract(html, "").blocks();

    assertEquals(3, blocks.get(0).line());
    assertEquals(5, blocks.get(1).line());
  }

  @Test
  void captionsAreKeptAsCaptionsApartFromParagraphs() {
    String html = """
        <article><p>%s</p>
        <figure><img src="bridge.jpg"><figcaption>The old bridge at dusk.</figcaption></figure>
        <div class="wp-caption"><img src="pier.jpg"><p class="wp-caption-text">A cracked pier.</p></div>
        <p>%s</p></article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

    List<Block> blocks = extractor.extract(html, "").blocks();

    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.CAPTION,
        BlockKind.PARAGRAPH), blocks.stream().map(Block::kind).toList());
    assertEquals("The old bridge at dusk.", blocks.get(1).text());
  }

  @Test
  void textBrokenByLineBreaksInsideDivsBecomesOneBlockPerLine() {
    String html = "<body><div class=\"story\">" + PARAGRAPH_ONE + "<br><br>" + PARAGRAPH_TWO
        + "<br>" + PARAGRAPH_THREE + "</div></body>";

    List<Block> blocks = extractor.extract(html, "").blocks();

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE),
        blocks.stream().map(Block::text).toList());
  }

  @Test
  void headingsQuotesAndListItemsKeepTheirKinds() {
    String html = """
        <article><h1>Bridge to close</h1><p>%s</p><h2>What the engineers found</h2>
        <blockquote><p>We cannot wait another winter.</p></blockquote>
        <ul><li>Cracks in two piers</li><li>Rusted railings</li></ul><p>%s</p></article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

    List<Block> blocks = extractor.extract(html, "").blocks();

    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.QUOTE,
        BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH),
        blocks.stream().map(Block::kind).toList());
  }

  @Test
  void scriptStyleAndIframeContentNeverAppearInBlocks() {
    String html = """
        <article><p>%s</p><script>var secret = "alert(1)";</script>
        <style>.x { color: red }</style><iframe src="x">iframe words</iframe>
        <noscript>Please enable JavaScript</noscript><p>%s <b>&lt;script&gt;</b></p></article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

    String text = text(extractor.extract(html, ""));

    assertFalse(text.contains("secret"), text);
    assertFalse(text.contains("color"), text);
    assertFalse(text.contains("iframe words"), text);
    assertFalse(text.contains("JavaScript"), text);
    assertTrue(text.contains("<script>"), "escaped text stays plain text: " + text);
  }

  @Test
  void anEmptyOrGarbageDocumentYieldsNoBlocksAndNoException() {
    assertTrue(extractor.extract("", "").blocks().isEmpty());
    assertTrue(extractor.extract(null, null).blocks().isEmpty());
    assertTrue(extractor.extract("<<<>>><</ <!-- \u0000 \uFFFF", "").blocks().size() <= 1);
    assertTrue(extractor.extract("<html><body><div><span></span></div></body></html>", "")
        .blocks().isEmpty());
  }

  @Test
  void shareBarsAndRelatedLinkListsAreRecordedAsNoise() {
    String html = """
        <article><p>%s</p><p>%s</p>
        <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <ul class="related-posts"><li><a href="/a">Another bridge closes</a></li>
          <li><a href="/b">Town budget approved</a></li></ul></article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

    Extraction extraction = extractor.extract(html, "");

    assertEquals(2, extraction.blocks().size());
    List<String> reasons = extraction.noise().stream().map(Noise::reason).toList();
    assertTrue(reasons.contains("share buttons"), reasons::toString);
    assertTrue(reasons.contains("related links"), reasons::toString);
  }

  @Test
  void affiliateDisclosuresAndSubscriptionAppealsAroundTheArticleAreDropped() {
    String html = """
        <article>
        <p>This post contains affiliate links. We may receive a commission when you buy through
          them, at no cost to you.</p>
        <p>%s</p><p>%s</p><p>%s</p>
        <p>Want more? Get the best stories of the week delivered to your inbox every Friday morning
          by signing up for our free newsletter here.</p>
        </article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    Extraction extraction = extractor.extract(html, "");

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE),
        extraction.blocks().stream().map(Block::text).toList());
    assertTrue(extraction.noise().stream().anyMatch(n -> n.reason().equals("disclosure")));
  }

  @Test
  void aRelatedStoriesSectionAndItsTeasersAreDroppedButTheArticleGoesOn() {
    String html = """
        <article>
        <h2>The vote</h2><p>%s</p>
        <h2>More stories from the valley</h2>
        <h2>Ferry fares rise again</h2><p>Commuters will pay more from May.</p>
        <h2>The repairs</h2><p>%s</p>
        </article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO + " " + PARAGRAPH_THREE);

    List<String> texts = extractor.extract(html, "").blocks().stream().map(Block::text).toList();

    assertEquals(List.of("The vote", PARAGRAPH_ONE, "The repairs",
        PARAGRAPH_TWO + " " + PARAGRAPH_THREE), texts);
  }

  @Test
  void aKeepReadingLineDropsTheTeasersUpToTheNextLongParagraph() {
    String html = """
        <article>
        <p>%s</p>
        <p>Keep reading</p>
        <p><a href="/ai">The latest on artificial intelligence</a>, from chips to chat.</p>
        <p>%s</p><p>%s</p>
        </article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO + " " + PARAGRAPH_THREE, PARAGRAPH_ONE);

    List<String> texts = extractor.extract(html, "").blocks().stream().map(Block::text).toList();

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO + " " + PARAGRAPH_THREE, PARAGRAPH_ONE),
        texts);
  }

  @Test
  void paywallShopAndCookiePromptsAreDropped() {
    String html = """
        <article>
        <p>%s</p><p>%s</p>
        <p>Instant access to the full article PDF.</p>
        <p>Like this recipe? Add the ingredients to your basket and have them delivered.</p>
        <p>What are cookies?</p>
        <p>%s</p>
        </article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    List<String> texts = extractor.extract(html, "").blocks().stream().map(Block::text).toList();

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE), texts);
  }

  @Test
  void anAboutTheAuthorSectionAfterTheArticleIsDropped() {
    String html = """
        <article>
        <p>%s</p><p>%s</p>
        <h3>About the author</h3>
        <p>Jane Doe has covered the town council for the Gazette since 2009.</p>
        </article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

    List<String> texts = extractor.extract(html, "").blocks().stream().map(Block::text).toList();

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO), texts);
  }

  @Test
  void followUsContinueToAndFindItHereLinesAreDropped() {
    String html = """
        <article>
        <p>%s</p>
        <p>Síguenos en Telegram, Instagram, Facebook y Twitter</p>
        <p>%s</p>
        <p>Everything about the <a href="/bridges">old bridges</a> is here.</p>
        <p>... continue to <a href="/part-2">"part two"</a></p>
        <p>%s</p>
        </article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    List<String> texts = extractor.extract(html, "").blocks().stream().map(Block::text).toList();

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE), texts);
  }

  @Test
  void aShortRequestToSubscribeIsDroppedWhereverTheWordSits() {
    String html = """
        <article>
        <p>%s</p><p>%s</p>
        <p>If you liked this piece, please subscribe to our weekly letter from the valley:</p>
        </article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

    List<String> texts = extractor.extract(html, "").blocks().stream().map(Block::text).toList();

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO), texts);
  }

  @Test
  void aBodyThatOnlyTheJsonLdCarriesStandsInForAMuchShorterVisibleTeaser() {
    String html = """
        <html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge to close",
         "articleBody": "%s\\n%s\\n%s <script>alert(1)<\\/script>"}
        </script></head><body>
        <article><h1>Bridge to close</h1><p>The council voted to close the old bridge.</p></article>
        </body></html>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    Extraction extraction = extractor.extract(html, "");

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE),
        extraction.blocks().stream().map(Block::text).toList());
  }

  @Test
  void aBodyHeldAsMarkupInAScriptIsReadAsPlainTextWhenThePageShowsLittle() {
    String html = """
        <html><body><div id="app"><h1>Bridge to close</h1><p>Loading the story…</p></div>
        <script>window.__STATE__ = {"story": {"title": "Bridge to close",
          "body": "<p>%s</p><p>%s<img src=\\"x.jpg\\" onerror=\\"alert(1)\\"></p><p>%s</p>"}};</script>
        </body></html>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    Extraction extraction = extractor.extract(html, "");

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE),
        extraction.blocks().stream().map(Block::text).toList());
  }

  @Test
  void theEmbeddedBodyIsLeftAsideWhenTheVisibleBodyIsAsLong() {
    String html = """
        <html><head><script type="application/ld+json">
        {"@type": "NewsArticle", "articleBody": "%s %s"}</script></head>
        <body><article><p>%s</p><p>%s</p><p>%s</p></article></body></html>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE),
        extractor.extract(html, "").blocks().stream().map(Block::text).toList());
  }

  @Test
  void aBodySplitAcrossSiblingContainersAroundAFigureIsReadWhole() {
    String links = "<li><a href=\"/a\">Another story about the weather in the hills</a></li>".repeat(8);
    String html = """
        <html><body><div class="page">
        <div class="part"><p>%s</p><p>%s</p></div>
        <figure><img src="pier.jpg"><figcaption>A cracked pier.</figcaption></figure>
        <div class="part"><p>%s</p></div>
        <ul>%s</ul>
        </div></body></html>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE, links);

    List<String> texts = extractor.extract(html, "").blocks().stream()
        .filter(b -> b.kind() == BlockKind.PARAGRAPH).map(Block::text).toList();

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE), texts);
  }

  @Test
  void readerCommentsUnderATopRatedLabelAreDroppedWithTheirVoteCounts() {
    String html = """
        <article><h1>Bridge to close</h1><p>%s</p><p>%s</p>
        <div class="reader-area"><h2>Top Rated Comments</h2>
        <div class="item"><b>riverwatcher</b><p>Thirty years I have crossed that bridge and the council
          never once repaired the railings, so forgive me if I doubt the budget will be found now.</p>
          <span>Reply</span> <span>12 ▲ 3 ▼</span></div>
        <div class="item"><b>millpond</b><p>The detour through the centre will be a nightmare for the
          school run; why not close one lane at a time and keep the bridge open for buses?</p>
          <span>Report</span> <span>4 likes</span></div></div></article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

    Extraction extraction = extractor.extract(html, "");

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO),
        extraction.blocks().stream().map(Block::text).toList());
    assertTrue(extraction.noise().stream().anyMatch(n -> n.reason().equals("comments")));
  }

  @Test
  void printedMicrodataAfterTheArticleIsNotProse() {
    String html = """
        <article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Bridge to close</h1>
        <p>%s</p><p>%s</p>
        <div class="schema"><span itemprop="headline">Bridge to close</span>
          <span itemprop="name">Bridge to close</span>
          <span itemprop="keywords">bridge, council, traffic, repairs</span>
          <span itemprop="datePublished">2024-03-05T09:30:00+01:00</span>
          <span itemprop="image">https://example.org/img/bridge.jpg</span>
          <span itemprop="url">https://example.org/bridge</span></div></article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO);

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO),
        extractor.extract(html, "").blocks().stream().map(Block::text).toList());
  }

  @Test
  void noscriptMarkupEscapedIntoTheTextIsNotShown() {
    String html = """
        <article><p>%s</p>
        <p>&lt;noscript&gt;&lt;img src="bridge.jpg" alt="The bridge"&gt;&lt;/noscript&gt;</p>
        <p>%s &lt;img class="lazy" src="pier.jpg"/&gt;</p><p>%s</p></article>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE),
        extractor.extract(html, "").blocks().stream().map(Block::text).toList());
  }

  @Test
  void aBreakingNewsTickerAndATeaserListAreNotTheArticle() {
    String html = """
        <body><div class="ticker-wrap"><span>Breaking News</span>
          <span>Storm closes the coast road</span><span>Mayor to stand again</span></div>
        <article><p>%s</p><p>%s</p><p>%s</p>
        <h3>Breaking News</h3><p>Ferry services cancelled after the harbour wall gave way overnight</p>
        <p>Fire at the old mill is under control, the brigade says</p>
        <div class="teaser"><a href="/pier"><h4>Pier to reopen in spring</h4></a>
          <p>Engineers say the work on the pier is ahead of schedule and, for once, under budget.</p></div>
        </article></body>
        """.formatted(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE);

    assertEquals(List.of(PARAGRAPH_ONE, PARAGRAPH_TWO, PARAGRAPH_THREE),
        extractor.extract(html, "").blocks().stream().map(Block::text).toList());
  }
}
