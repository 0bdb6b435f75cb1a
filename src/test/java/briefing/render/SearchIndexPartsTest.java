package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import briefing.model.Page;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A story whose facts alone outweigh a page: the index keeps the names, parts hold the rest. */
class SearchIndexPartsTest {
  @Test
  void theEventsOfAVeryLongStoryGoToPartsLoadedOnTheFirstSearch() {
    String told = "Pumps failed across the valley as the reservoir fell again, officials said, ".repeat(3);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      Citation at = new Citation("a", "s" + (i + 2));
      events.add(new Event("e" + i, EventDate.parse("2023-06-01").orElseThrow(), Event.Kind.STORY,
          told + i, at, List.of(at), List.of(), List.of(), List.of(), null, 1));
    }
    Briefing briefing = new Briefing("Drought", List.of(), List.of(), List.of(), List.of(), events,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    List<Page> pages = SearchIndex.pages(new BriefingView(briefing), List.of());
    assertEquals("search-index.js", pages.get(0).path());
    String index = new String(pages.get(0).bytes(), StandardCharsets.UTF_8);
    assertTrue(pages.get(0).bytes().length <= SearchIndex.INLINE_TEXT, "the index is " + pages.get(0).bytes().length);
    assertFalse(index.contains("officials said"), "no event is in the index itself");
    List<Page> parts = pages.stream().filter(p -> p.path().startsWith("search/entries-")).toList();
    assertTrue(index.contains("\"entryParts\":" + parts.size()), index.substring(0, Math.min(300, index.length())));
    assertTrue(parts.size() > 1, "parts of about half a megabyte: " + parts.size());
    String all = parts.stream().map(p -> new String(p.bytes(), StandardCharsets.UTF_8)).collect(Collectors.joining());
    assertTrue(all.contains("officials said, 0\"") && all.contains("officials said, 2999\""), "every event is in a part");
    parts.forEach(p -> assertTrue(p.bytes().length <= 1 << 20, p.path()));
  }
}
