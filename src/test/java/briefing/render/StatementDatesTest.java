package briefing.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import briefing.model.Content;
import briefing.model.Editorial;
import briefing.model.Page;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement no report dates is shown by the day it was reported, not as a day it happened. */
class StatementDatesTest {
  @Test
  void aStatementMadeApartIsShownAsReportedOnItsReportsDay() {
    Citation opening = new Citation("a", "s1");
    Citation answer = new Citation("a", "s2");
    EventDate tuesday = EventDate.parse("2023-03-07").orElseThrow();
    EventDate wednesday = EventDate.parse("2023-03-08").orElseThrow();
    List<Event> events = List.of(
        new Event("2023-03-07-bridge-opened", tuesday, Event.Kind.STORY,
            "Mayor Hallor opened the bridge.", opening, List.of(opening), List.of(), List.of(),
            List.of(), null, 1, false),
        new Event("2023-03-08-brand-waste", wednesday, Event.Kind.STORY,
            "Councillor Brand said the bridge was a waste of money.", answer, List.of(answer),
            List.of(), List.of(), List.of(), null, 0, true));
    Briefing briefing = new Briefing("A bridge", List.of(), List.of(), List.of(), List.of(), events,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    String timeline = timelineOf(briefing);

    assertTrue(timeline.contains("<span class=\"precision\">On Tuesday 7 March 2023</span>"), timeline);
    assertTrue(timeline.contains("<span class=\"precision\">Reported on Wednesday 8 March 2023</span>"),
        "the statement is not given as happening that day");
  }

  /** The timeline page the default templates make of {@code briefing}. */
  static String timelineOf(Briefing briefing) {
    return new String(new Renderer(new Theme(Path.of("no-project-templates")))
        .render(new Content(new Editorial(briefing.title(), "en", "", ""), List.of(), "content"),
            List.of(), briefing)
        .pages().stream().filter(p -> p.path().equals("timeline.html")).findFirst()
        .map(Page::bytes).orElseThrow(), StandardCharsets.UTF_8);
  }
}
