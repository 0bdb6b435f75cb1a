package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import briefing.model.Page;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.model.briefing.Person;
import briefing.model.briefing.SourceSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data exports beside the pages: calendar, tables, search index. */
class ExportsTest {
  private final Citation cited = new Citation("a", "s2");
  private final Briefing briefing = new Briefing("Harbour storm",
      List.of(new SourceSummary("a", "Port News", "Storm, closes; harbour", "2023-02-07", List.of(), 4, 2, 1)),
      List.of(new Person("tom-lee", "=HYPERLINK(\"http://x\")", List.of(new Attested("harbour master", List.of(cited))),
          null, List.of(new Attested("Tom Lee", List.of(cited))), List.of(cited), List.of())),
      List.of(), List.of(),
      List.of(
          new Event("2023-02-07-harbour-closed", EventDate.parse("2023-02-07").orElseThrow(), Event.Kind.STORY,
              "The harbour was closed, a long summary line that goes on and on, well past the seventy-five octets a calendar line may hold; with commas.",
              cited, List.of(cited), List.of(), List.of(new DateReading("2023-02-07", "on Tuesday", "as written", cited)),
              List.of("tom-lee"), null, 1.0),
          new Event("2023-02-harbour", EventDate.parse("2023-02").orElseThrow(), Event.Kind.STORY, "Some day in February.",
              cited, List.of(cited), List.of(), List.of(), List.of(), null, 0.5)),
      List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  @Test
  void theCalendarHoldsDayEventsWithFoldedEscapedLinesAndNoClock() {
    String ics = Calendar.of(briefing, "");
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    assertTrue(ics.contains("DTSTART;VALUE=DATE:20230207\r\nDTEND;VALUE=DATE:20230208\r\n"), ics);
    assertTrue(ics.contains("DTSTAMP:20230207T000000Z"), "the stamp comes from the sources, so builds repeat");
    assertTrue(ics.contains("SUMMARY:The harbour was closed\\, a long"), ics);
    assertFalse(ics.contains("Some day in February"), "a month is no calendar day");
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "unfolded: " + line);
    }
  }

  @Test
  void theCalendarIsExactlyThisText() {
    // Written out by hand from RFC 5545: the summary folds after its 75th octet, its commas and
    // semicolon escaped; the month event is left out; the URL joins the base without a double slash.
    assertEquals("""
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//briefing//briefing timeline//EN\r
        CALSCALE:GREGORIAN\r
        X-WR-CALNAME:Harbour storm\r
        BEGIN:VEVENT\r
        UID:2023-02-07-harbour-closed@briefing\r
        DTSTAMP:20230207T000000Z\r
        DTSTART;VALUE=DATE:20230207\r
        DTEND;VALUE=DATE:20230208\r
        SUMMARY:The harbour was closed\\, a long summary line that goes on and on\\, \r
         well past the seventy-five octets a calendar line may hold\\; with commas.\r
        DESCRIPTION:Reported by Port News.\r
        URL:https://example.org/story/articles/a.html#s2\r
        END:VEVENT\r
        END:VCALENDAR\r
        """, Calendar.of(briefing, "https://example.org/story/"));
  }

  @Test
  void tablesQuoteTheirCellsAndDefuseFormulas() {
    String people = Tables.people(briefing);
    assertTrue(people.startsWith("id,name,role,affiliation,spellings,sources,mentions,quotes,page\r\n"), people);
    assertTrue(people.contains("tom-lee,\"'=HYPERLINK(\"\"http://x\"\")\",harbour master,"), people);
    String events = Tables.events(briefing);
    assertTrue(events.contains("2023-02-07-harbour-closed,2023-02-07,day,story,\"The harbour was closed,"), events);
    assertTrue(events.contains(",Port News,1,tom-lee,articles/a.html#s2\r\n"), events);
    assertEquals("Port[2J News", Tables.cell("Port\u001b[2J\u0007 News"), "no control character reaches a cell");
  }

  @Test
  void theSearchIndexIsAScriptThatCannotBreakOutOfItsString() {
    List<Page> pages = SearchIndex.pages(new BriefingView(briefing), List.of());
    assertEquals(List.of("search-index.js"), pages.stream().map(Page::path).toList());
    String js = new String(pages.get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(js.startsWith("window.briefingSearch = {"), js);
    assertTrue(js.endsWith("};\n"));
    assertTrue(js.contains("\"timeline.html#2023-02-07-harbour-closed\""), js);
    assertTrue(js.contains("\\\"http://x\\\""), "quotes in text are escaped inside the JSON string");
  }

  @Test
  void theSitemapListsEveryPageUnderTheBaseUrl() {
    String xml = Sitemap.of("https://example.org/story", List.of(
        new Page("timeline.html", new byte[0]), new Page("index.html", new byte[0]),
        new Page("assets/style.css", new byte[0]), new Page("people/a&b.html", new byte[0])));
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"), xml);
    assertTrue(xml.contains("<loc>https://example.org/story/index.html</loc></url>\n  <url><loc>https://example.org/story/people/a&amp;b.html</loc>"), xml);
    assertFalse(xml.contains("style.css"));
  }

  @Test
  void everyCalendarPropertyIsFoldedAndNoValueCanStartALineOfItsOwn() {
    String ics = Calendar.of(briefing, "https://example.org/" + "long-folder/".repeat(8) + "a b\r\nBEGIN:VEVENT\u001b[2J");
    assertTrue(ics.contains("URL:https://example.org/long-folder/"), ics);
    assertEquals(1, ics.lines().filter(l -> l.startsWith("BEGIN:VEVENT")).count(), ics);
    assertFalse(ics.contains("\u001b"), ics);
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "unfolded: " + line);
      assertFalse(line.chars().anyMatch(c -> c < 0x20 && c != '\t'), () -> "control character in: " + line);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.contains("/a%20b%0D%0ABEGIN:VEVENT%1B[2J/articles/a.html#s2\r\n"), unfolded);
  }

  @Test
  void theSitemapDropsControlCharactersXmlForbids() {
    String xml = Sitemap.of("https://example.org/\u0007story", List.of(new Page("index.html", new byte[0])));
    assertTrue(xml.contains("<loc>https://example.org/story/index.html</loc>"), xml);
  }
}
