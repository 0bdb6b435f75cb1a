package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import briefing.model.Content;
import briefing.model.Editorial;
import briefing.model.Page;
import briefing.model.Site;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.model.briefing.MentionLink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 15: a story of many events gets a timeline index and a page per day, and no dead link. */
class LongTimelineTest {
  private static final Pattern ENTRY = Pattern.compile("<li class=\"event\" id=\"([^\"]+)\"");
  private static final Pattern LINK = Pattern.compile("href=\"((?:\\.\\./)?timeline[^\"#]*)#([^\"]+)\"");

  @Test
  void aLongTimelineIsSplitIntoDayPagesAndEveryEventLinkFindsItsPage() {
    List<Event> events = new ArrayList<>();
    List<MentionLink> links = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      LocalDate day = LocalDate.of(2023, 3, 1).plusDays(i / 5);
      Citation from = new Citation("a", "s1");
      String id = day + "-event-" + i;
      events.add(new Event(id, EventDate.parse(day.toString()).orElseThrow(), Event.Kind.STORY,
          "Event " + i + ".", from, List.of(from), List.of(), List.of(), List.of(), null, i % 7));
      links.add(new MentionLink(from, 0, 1, MentionLink.Kind.EVENT, id));
    }
    Briefing briefing = new Briefing("A long story", List.of(), List.of(), List.of(), List.of(), events, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), links);
    Site site = new Renderer(new Theme(Path.of("no-project-templates")))
        .render(new Content(new Editorial("A long story", "en", "", ""), List.of(), "content"), List.of(), briefing);

    Map<String, String> pageOf = new HashMap<>();
    for (Page p : site.pages()) {
      if (p.path().startsWith("timeline/")) {
        Matcher m = ENTRY.matcher(text(p));
        while (m.find()) {
          assertEquals(null, pageOf.put(m.group(1), p.path()), "each event is on one page: " + m.group(1));
        }
      }
    }
    assertEquals(200, pageOf.size(), "every event is on a day page");
    assertEquals("timeline/2023-03-01.html", pageOf.get("2023-03-01-event-0"));
    String index = text(site.pages().stream().filter(p -> p.path().equals("timeline.html")).findFirst().orElseThrow());
    assertFalse(ENTRY.matcher(index).find(), "timeline.html is an index, not the events");
    assertTrue(index.contains("href=\"timeline/2023-03-01.html\""), "the index links each day");
    int checked = 0;
    for (Page p : site.pages()) {
      if (p.path().endsWith(".html") || p.path().endsWith(".js")) {
        Matcher m = LINK.matcher(text(p).replace("\\\"", "\"").replace("href\":\"", "href=\""));
        while (m.find()) {
          String target = Path.of(p.path()).resolveSibling(m.group(1)).normalize().toString().replace('\\', '/');
          assertEquals(pageOf.get(m.group(2)), target, p.path() + ": " + m.group() + " leads to the event's page");
          checked++;
        }
      }
    }
    assertTrue(checked >= 200, "event links checked: " + checked);
    assertEquals("timeline/2023-03-01.html#2023-03-01-event-0",
        Links.byArticle(briefing, "").get("a").get(0).href(), "article pages link dates to the day page");
  }

  private static String text(Page page) {
    return new String(page.bytes(), StandardCharsets.UTF_8);
  }
}
