package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Citation;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryBriefTest {
  @Test
  void theBriefLeadsWithTheMainHappeningThenTellsTheRestInTimeOrderToTheLatest() {
    List<Event> events = List.of(
        event("old-flood", "2019-05-02", Event.Kind.BACKGROUND, "The harbour flooded in 2019.", "a", "b", "c"),
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("quote", "2023-02-06", Event.Kind.STORY, "“We cannot wait another winter,” the mayor said.", "a", "b"),
        event("dinner", "2023-02-05", Event.Kind.STORY, "Councillors met fishermen at a dinner.", "a"),
        event("repeat", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall!", "c"),
        event("works", "2023-02-09", Event.Kind.STORY, "Engineers began surveying the old wall.", "b"));

    assertEquals(List.of("vote", "dinner", "quote", "works"), StoryBrief.choose(events, 4),
        "main first; no background; a sentence never twice; a quotation only where room is left");
  }

  private static Event event(String id, String date, Event.Kind kind, String summary, String... sources) {
    List<Citation> citations = new ArrayList<>();
    for (String s : sources) {
      citations.add(new Citation(s, "s9"));
    }
    return new Event(id, EventDate.parse(date).orElseThrow(), kind, summary, citations.get(0),
        citations, List.of(), List.of(), null, 1.0);
  }
}
