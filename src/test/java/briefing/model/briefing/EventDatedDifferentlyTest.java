package briefing.model.briefing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sources date a happening differently only by dates they write, neither holding the other:
 * not by a report's publication day standing for a date it does not give, nor by a day and the
 * week holding it.
 */
class EventDatedDifferentlyTest {
  private static final Citation A = new Citation("a", "s2");
  private static final Citation B = new Citation("b", "s2");

  @Test
  void twoDaysTheSourcesWriteDiffer() {
    assertTrue(debate(
        new DateReading("2023-03-09", "on Thursday", "'on Thursday'", A),
        new DateReading("2023-03-07", "on Tuesday", "'on Tuesday'", B)).datedDifferently());
  }

  @Test
  void aPublicationDayStandingForNoWrittenDateDiffersFromNothing() {
    Event debate = debate(
        new DateReading("2023-03-09", "on Thursday", "'on Thursday'", A),
        new DateReading("2023-03-10", "", "the report's lead, which states no date: the news of "
            + "its publication day", B));

    assertFalse(debate.datedDifferently());
    assertTrue(debate.statedDates().stream().allMatch(d -> d.citation().equals(A)));
  }

  @Test
  void aDayAndTheWeekHoldingItAgree() {
    assertFalse(debate(
        new DateReading("2023-03-09", "on Thursday", "'on Thursday'", A),
        new DateReading("2023-W10", "last week", "'last week'", B)).datedDifferently());
  }

  @Test
  void aDayAndAWeekNotHoldingItDiffer() {
    assertTrue(debate(
        new DateReading("2023-03-09", "on Thursday", "'on Thursday'", A),
        new DateReading("2023-W12", "this week", "'this week'", B)).datedDifferently());
  }

  private static Event debate(DateReading... dates) {
    return new Event("2023-03-09-debate", EventDate.parse("2023-03-09").orElseThrow(),
        Event.Kind.STORY, "Hallor and Brand debated in Ashland.", A, List.of(A, B), List.of(),
        List.of(dates), List.of(), null, 1, false);
  }
}
