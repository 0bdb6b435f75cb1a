package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A weekend ("over the weekend") is a date of its own: its Saturday and Sunday, in plain words. */
class WeekendDatesTest {
  @Test
  void aWeekendIsItsSaturdayAndSundayAtAWeeksPrecision() {
    EventDate weekend = EventDate.parse("2022-W03-WE").orElseThrow();
    assertEquals(Precision.WEEK, weekend.precision());
    assertEquals(LocalDate.of(2022, 1, 22), weekend.first());
    assertEquals(LocalDate.of(2022, 1, 23), weekend.last());
    assertTrue(weekend.weekend());
    assertTrue(EventDate.parse("2022-01-23").orElseThrow().within(weekend), "its Sunday lies in it");
  }

  @Test
  void aFactOfTheCoverageMatrixIsDatedInWords() {
    Citation at = new Citation("a", "s2");
    Event confrontation = new Event("2022-w03-we-councillor-grabbed", EventDate.parse("2022-W03-WE")
        .orElseThrow(), Event.Kind.STORY, "The councillor grabbed a student's camera.", at,
        List.of(at), List.of(), List.of(), List.of(), null, 1, false);
    Briefing briefing = new Briefing("A camera", List.of(), List.of(), List.of(), List.of(),
        List.of(confrontation), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
    BriefingView view = new BriefingView(briefing);

    assertEquals("Weekend of 22 January 2022: The councillor grabbed a student's camera.",
        view.rowLabel(new CoverageRow("event", confrontation.id(),
            "2022-W03-WE: The councillor grabbed a student's camera.", List.of("a"))));
    assertEquals("Hallor", view.rowLabel(new CoverageRow("person", "hallor", "Hallor", List.of("a"))));
  }

  @Test
  void theTimelineSaysHowAWeekendWasReadInWords() {
    Citation at = new Citation("a", "s2");
    EventDate weekend = EventDate.parse("2022-W03-WE").orElseThrow();
    Event confrontation = new Event("2022-w03-we-councillor-grabbed", weekend, Event.Kind.STORY,
        "The councillor grabbed a student's camera.", at, List.of(at), List.of(),
        List.of(new DateReading("2022-W03-WE", "this weekend",
            "'this weekend' in a past-tense sentence: the weekend before publication, the weekend "
                + "of Saturday 22 January 2022", at)),
        List.of(), null, 1, false);
    Briefing briefing = new Briefing("A camera", List.of(), List.of(), List.of(), List.of(),
        List.of(confrontation), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());

    String timeline = StatementDatesTest.timelineOf(briefing);

    assertTrue(timeline.contains("<li>Weekend of 22 January 2022: &#39;this weekend&#39;"), timeline);
    assertFalse(timeline.contains(">2022-W03-WE"), "no ISO value is shown as text");
  }

  @Test
  void aWeekendReadsAsTheWeekendOfItsSaturday() {
    assertEquals("Weekend of 22 January 2022", BriefingView.dateLabel("2022-W03-WE", Precision.WEEK));
    assertEquals("Week of 17 January 2022", BriefingView.dateLabel("2022-W03", Precision.WEEK));
    assertEquals("", BriefingView.htmlDate("2022-W03-WE"), "no valid HTML date");
  }
}
