package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.model.briefing.FigureComparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimDifferencesTest {
  private static final Citation A = new Citation("a", "s3");
  private static final Citation B = new Citation("b", "s5");
  private static final Citation ELSEWHERE = new Citation("c", "s9");

  @Test
  void aDisputedFigureReadFromAClaimsSentencesIsShownBesideIt() {
    Claim moored = new Claim("moored", "The company moored trawlers along the pier.", A, List.of(
        new Claim.Version("The company moored six trawlers along the pier.", A),
        new Claim.Version("Some forty trawlers were moored along the pier.", B)));
    FigureComparison trawlers = new FigureComparison("trawlers along the pier", "trawler", List.of(
        new FigureComparison.Reading("six trawlers", 6, 6, false, A),
        new FigureComparison.Reading("some forty trawlers", 36, 44, true, B)),
        FigureComparison.Verdict.CONFLICT);
    FigureComparison fares = new FigureComparison("ferry fares", "USD", List.of(
        new FigureComparison.Reading("$4", 4, 4, false, ELSEWHERE),
        new FigureComparison.Reading("$9", 9, 9, false, new Citation("d", "s2"))),
        FigureComparison.Verdict.CONFLICT);
    Briefing briefing = new Briefing("Harbour", List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(trawlers, fares), List.of(), List.of(moored), List.of(), List.of(), List.of());

    List<ClaimDifferences.Difference> differences = new ClaimDifferences(briefing).of(moored);

    assertEquals(1, differences.size(), differences.toString());
    assertEquals("trawlers along the pier", differences.get(0).what());
    assertEquals(List.of("six trawlers", "some forty trawlers"),
        differences.get(0).readings().stream().map(ClaimDifferences.Reading::text).toList());
  }

  @Test
  void aDateDisputeIsShownBesideTheClaimWhoseSentencesGiveTheDates() {
    Claim opened = new Claim("opened", "The mayor opened the bridge.", A, List.of(
        new Claim.Version("The mayor opened the bridge on Tuesday.", A),
        new Claim.Version("Hallor opened the bridge on Wednesday.", B)));
    Claim cost = new Claim("cost", "The bridge cost too much.", ELSEWHERE, List.of(
        new Claim.Version("The bridge cost too much, Brand said.", ELSEWHERE),
        new Claim.Version("Brand called the bridge a waste.", new Citation("d", "s2"))));
    Event opening = new Event("2023-03-07-bridge", EventDate.parse("2023-03-07").orElseThrow(),
        Event.Kind.STORY, "The mayor opened the bridge on Tuesday.", A,
        List.of(A, B, ELSEWHERE), List.of(), List.of(
            new DateReading("2023-03-07", "on Tuesday", "'on Tuesday'", A),
            new DateReading("2023-03-08", "on Wednesday", "'on Wednesday'", B)),
        List.of(), null, 1, false);
    Briefing briefing = new Briefing("Harbour", List.of(), List.of(), List.of(), List.of(),
        List.of(opening), List.of(), List.of(), List.of(), List.of(opened, cost), List.of(),
        List.of(), List.of());

    List<ClaimDifferences.Difference> differences = new ClaimDifferences(briefing).of(opened);

    assertEquals(1, differences.size(), differences.toString());
    assertEquals(List.of("Tuesday 7 March 2023", "Wednesday 8 March 2023"),
        differences.get(0).readings().stream().map(ClaimDifferences.Reading::text).toList());
    assertEquals(List.of(), new ClaimDifferences(briefing).of(cost),
        "the event cites the claim's sentence, but no date of the dispute is read from it");
  }
}
