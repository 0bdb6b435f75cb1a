package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Citation;
import briefing.model.Content;
import briefing.model.Editorial;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Page;
import briefing.model.Site;
import briefing.model.Sourced;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteComparison;
import briefing.model.briefing.QuoteRef;
import briefing.model.briefing.SourceSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: how a reader tells the sources apart and checks a credit. Two made-up sources, one
 * with the address it was published at, quote the mayor, one by name and one as "she" (credited
 * differently, as the model has it): each outlet is named with its mark,
 * the original is linked, and each credited quote says behind "why?" how it was credited.
 */
class SourceCuesTest {
  private static final String URL = "https://www.example.org/gazette/harbour-wall";
  private static Site site;

  @BeforeAll
  static void render() {
    Citation gazette = new Citation("gazette", "s2");
    Citation radio = new Citation("radio", "s2");
    QuoteRef written = new QuoteRef("We will not let it fall", "Ellen Harcourt", false, gazette,
        "quote-then-speaker");
    QuoteRef spoken = new QuoteRef("we will not let it fall", "she", false, radio,
        "speaker-then-quote+pronoun");
    Person mayor = new Person("ellen-harcourt", "Ellen Harcourt", List.of(), null,
        List.of(new Attested("Ellen Harcourt", List.of(gazette, radio))), List.of(gazette, radio),
        List.of(written, spoken));
    QuoteComparison quote = new QuoteComparison("ellen-harcourt", List.of(
        new QuoteComparison.Version(written, List.of(new QuoteComparison.Word("We will not let it fall", true))),
        new QuoteComparison.Version(spoken, List.of(new QuoteComparison.Word("we will not let it fall", true)))),
        true);
    Briefing briefing = new Briefing("Harbour wall", List.of(
        new SourceSummary("gazette", "Alder Bay Gazette", "Council approves repairs", "2023-03-15", List.of(), 2, 1, 0),
        new SourceSummary("radio", "Coast Radio News", "Wall plan passes", "2023-03-15", List.of(), 2, 1, 0)),
        List.of(mayor), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(quote), List.of(),
        List.of(), List.of(), List.of());
    Content content = new Content(new Editorial("Harbour wall", "en", "", ""), List.of(
        article("gazette", "Alder Bay Gazette", URL), article("radio", "Coast Radio News", null)), "content");
    site = new Renderer(new Theme(Path.of("no-project-templates"))).render(content, List.of(), briefing);
  }

  private static Article article(String id, String outlet, String url) {
    Metadata meta = Metadata.EMPTY.withTitle(Sourced.of("Title of " + id, Origin.FRONT_MATTER, ""))
        .withOutlet(Sourced.of(outlet, Origin.FRONT_MATTER, ""));
    if (url != null) {
      meta = meta.withUrl(Sourced.of(url, Origin.FRONT_MATTER, ""));
    }
    return new Article(id, "content/articles/" + id + ".txt", "text", meta,
        List.of(new Block(BlockKind.PARAGRAPH, "The council voted.", 1)), List.of(), List.of(), "0");
  }

  @Test
  void eachCreditedQuoteSaysHowItWasCreditedBehindWhy() {
    Document person = page("people/ellen-harcourt.html");
    List<String> whys = person.select("figure.quote details.why").eachText();
    assertEquals(List.of(
        "why? How this quote was credited Credited because the sentence names the speaker right after the quote.",
        "why? How this quote was credited Credited because the sentence names the speaker just before the quote."
            + " The source says “he” or “she” there, and only one person named just before can be meant."),
        whys);
    assertEquals(2, page("comparisons.html").select("#quotes-heading ~ .quote-comparison details.why").size(),
        "the comparisons page says it for each version credited");
    Element disputed = page("index.html").selectFirst("ul.findings li:contains(Credited differently) details.why");
    assertNotNull(disputed, "the home page says how each source credited a quote they credit differently");
    assertEquals(List.of("Alder Bay Gazette: Credited because the sentence names the speaker right after the quote.",
        "Coast Radio News: Credited because the sentence names the speaker just before the quote. The source says"
            + " “he” or “she” there, and only one person named just before can be meant."),
        disputed.select("li").eachText());
  }

  @Test
  void everySourceNamedCarriesItsOutletsMark() {
    Element cite = page("comparisons.html").selectFirst(".quote-comparison figcaption cite");
    Element mark = cite.previousElementSibling();
    assertEquals("AB", mark.attr("data-mark"), "Alder Bay Gazette");
    assertTrue(mark.hasClass("om") && mark.attr("aria-hidden").equals("true"), mark.outerHtml());
    Element onItsPage = page("articles/gazette.html").selectFirst("cite.outlet");
    assertEquals("Alder Bay Gazette", onItsPage.text());
    assertEquals(mark.outerHtml(), onItsPage.previousElementSibling().outerHtml(), "the same mark on every page");
    Element radio = page("index.html").select("ol.sources cite.outlet").get(1);
    assertEquals("CR", radio.previousElementSibling().attr("data-mark"));
  }

  @Test
  void theSourcesListLinksTheOriginalWhereItsAddressIsKnown() {
    List<Element> sources = page("index.html").select("ol.sources article.source");
    Element original = sources.get(0).selectFirst("a.original");
    assertNotNull(original, sources.get(0).outerHtml());
    assertEquals(URL, original.attr("href"));
    assertEquals("noopener noreferrer", original.attr("rel"));
    assertEquals("Original article: Title of gazette", original.text());
    assertNull(sources.get(1).selectFirst("a.original"), "no address, no link");
  }

  private static Document page(String path) {
    Page page = site.pages().stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + path));
    return Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8));
  }
}
