package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.DateReading;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.QuoteComparison;
import briefing.model.briefing.QuoteRef;
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
  void aFigureOfASentenceThatStatesSomethingElseIsNoLimitOfTheClaim() { // issue 13
    Claim cut = new Claim("cut", "The ad says the mayor cut $7 million from the port.", A, List.of(
        new Claim.Version("The ad says the mayor cut $7 million from the port.", A),
        new Claim.Version("The ad says Hallor cut $7 million from the port.", B)));
    FigureComparison cuts = new FigureComparison("USD (cut)", "USD", List.of(
        new FigureComparison.Reading("$7 million", 7e6, 7e6, false, A),
        new FigureComparison.Reading("$7 million", 7e6, 7e6, false, B),
        new FigureComparison.Reading("$9 million", 9e6, 9e6, false, ELSEWHERE)),
        FigureComparison.Verdict.DIFFER);
    Briefing briefing = new Briefing("Harbour", List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(cuts), List.of(), List.of(cut), List.of(), List.of(), List.of());

    assertEquals(List.of(), new ClaimDifferences(briefing).of(cut),
        "the claim's own sentences agree; the $9 million is another report's figure of another cut");
  }

  @Test
  void creditsDifferBesideAClaimOnlyWhereItsOwnSentencesCreditTwoPeople() { // issue 13
    Claim fair = new Claim("fair", "The toll is fair.", A, List.of(
        new Claim.Version("\"The toll is fair,\" Ryan said.", A),
        new Claim.Version("\"The toll is fair,\" said Paul Ryan.", B)));
    QuoteComparison quote = new QuoteComparison(null, List.of(
        new QuoteComparison.Version(new QuoteRef("The toll is fair", "Ryan", false, A, "test"), List.of()),
        new QuoteComparison.Version(new QuoteRef("The toll is fair", "Paul Ryan", false, B, "test"), List.of()),
        new QuoteComparison.Version(new QuoteRef("The toll is fair", "Ann Hallor", false, ELSEWHERE, "test"),
            List.of())), true);
    Briefing briefing = new Briefing("Harbour", List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(quote), List.of(fair), List.of(), List.of(), List.of());

    assertEquals(List.of(), new ClaimDifferences(briefing).of(fair),
        "both of the claim's sentences credit Ryan; Hallor's credit is another report's");
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
