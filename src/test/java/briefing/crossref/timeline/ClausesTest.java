package briefing.crossref.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {
  @Test
  void someoneNamedWithTheirAgeIsAPasserBy() {
    assertTrue(Sayings.isPasserBy("\u201cA fine day,\u201d said Eva Lund, 34, a teacher."));
    assertFalse(Sayings.isPasserBy("Hallor said on June 7, 2022, that the bridge was open."));
    assertFalse(Sayings.isPasserBy("Brand, the mayor since 2019, said the bridge was open."));
  }

  @Test
  void aSentenceBringingInAWrittenPieceToQuoteItIsCommentary() {
    assertTrue(Sayings.isCommentary("Over at the Herald, a post on the vote provides this comment:"));
    assertTrue(Sayings.isCommentary("An editorial in the Gazette put it this way:"));
    assertFalse(Sayings.isCommentary("Hallor said in a statement:"));
    assertFalse(Sayings.isCommentary("The Herald's post on the vote drew many readers."));
  }

  @Test
  void aPastDayAfterAPresentPerfectAndNoOtherVerbIsWhatTheVerbIsAbout() {
    assertTrue(perfectsTopic("Brand has apologised for her outburst over the weekend.", "over the weekend"));
    assertTrue(perfectsTopic("Hallor has long regretted her remarks on Tuesday.", "on Tuesday"));
    // a modal's perfect, another verb, or a clause of its own has the date
    assertFalse(perfectsTopic("Investigators believe the victim may have died on Saturday.", "on Saturday"));
    assertFalse(perfectsTopic("The minister is alleged to have taken the bribe in March.", "in March"));
    assertFalse(perfectsTopic("It has emerged that the minister quit on Tuesday.", "on Tuesday"));
    assertFalse(perfectsTopic("Officials have confirmed the army struck the base on Friday.", "on Friday"));
    assertFalse(perfectsTopic("Police have arrested a man who shot a guard on Saturday.", "on Saturday"));
    assertFalse(perfectsTopic("The talks have indeed begun on Monday.", "on Monday"));
    assertFalse(perfectsTopic("She has kept quiet since taking office in 2019.", "in 2019"));
  }

  private static boolean perfectsTopic(String sentence, String date) {
    return DatesInPassing.isPerfectsTopic(sentence, sentence.indexOf(date), true);
  }

  @Test
  void aDateInWhatSomeoneIsReportedSayingIsTold() {
    assertTrue(told("Hallor said he had been warned about the cost on Friday.", "Friday"));
    assertTrue(told("Hallor said the council would vote again on Friday.", "Friday"));
    assertTrue(told("She insisted that the pier had closed a week ago.", "a week ago"));
  }

  @Test
  void aDateOfTheSayingItselfIsNotTold() {
    assertFalse(told("Hallor said Friday that the cost had doubled.", "Friday"));
    assertFalse(told("Hallor said on Friday that the cost had doubled.", "Friday"));
    assertFalse(told("Hallor said in a statement on Friday that the cost had doubled.", "Friday"));
    assertFalse(told("On Friday, Hallor said the cost had doubled.", "Friday"));
    assertFalse(told("The council voted on Friday to close the pier.", "Friday"));
  }

  @Test
  void aSayingPlacedSomewhereOfItsOwnIsSaidElsewhere() {
    assertTrue(Sayings.isSaidElsewhere("\u201cIt is a waste,\u201d Brand said in a statement."));
    assertTrue(Sayings.isSaidElsewhere("In an email to supporters, Brand called it a waste."));
    assertTrue(Sayings.isSaidElsewhere("\u201cIt is a waste,\u201d Brand told Harbour Radio."));
    assertTrue(Sayings.isSaidElsewhere("Brand told a news conference that it was a waste."));
    assertTrue(Sayings.isSaidElsewhere("The daily quoted Brand as saying it was a waste."));
    assertTrue(Sayings.isSaidElsewhere("Brand tweeted that it was a waste."));
    assertTrue(Sayings.isSaidElsewhere("But speaking on Harbour Radio, Brand, who will not run in 2024,"
        + " called it a waste."));
    assertTrue(Sayings.isSaidElsewhere("Appearing on the Morning Show, Brand called it a waste."));
  }

  @Test
  void wordsSpokenWhereTheReportIsAreNotSaidElsewhere() {
    assertFalse(Sayings.isSaidElsewhere("\u201cIt is a waste,\u201d Brand said."));
    assertFalse(Sayings.isSaidElsewhere("Brand told the mayor that the bridge was a waste."));
    assertFalse(Sayings.isSaidElsewhere("Brand asked the committee why the bridge cost so much."));
    assertFalse(Sayings.isSaidElsewhere("Speaking on Monday, Brand called the bridge a waste."));
    assertFalse(Sayings.isSaidElsewhere("Speaking on the bridge, Brand called it a waste."));
  }

  @Test
  void theEndsOfAStretchOfYearsAreStretchEnds() {
    String s = "He was granted five deferments from 1965 to 1970, and served between 2003 and 2009.";
    assertTrue(DatesInPassing.isStretchEnd(s, s.indexOf("1965")));
    assertTrue(DatesInPassing.isStretchEnd(s, s.indexOf("1970")));
    assertTrue(DatesInPassing.isStretchEnd(s, s.indexOf("2003")));
    assertTrue(DatesInPassing.isStretchEnd(s, s.indexOf("2009")));
    String t = "He joined the reserve in 1970 and went to 1971's reunion.";
    assertFalse(DatesInPassing.isStretchEnd(t, t.indexOf("1970")));
  }

  private static boolean told(String sentence, String date) {
    return Sayings.isTold(sentence, sentence.indexOf(date));
  }

  /** The clause the date at {@code date} tells of, as a summary shows it. */
  private static String shown(String sentence, String date) {
    Clauses.Clause whole = Clauses.split(sentence, 0, List.of(sentence.indexOf(date))).get(0);
    return Clauses.ofDate(sentence, whole, sentence.indexOf(date), 0).shown();
  }

  @Test
  void aRelativeClauseIsShownWithWhatItTellsOf() { // issue 13
    assertEquals("… the governor of Wessex, who took office in 2019.",
        shown("The bill was vetoed by the governor of Wessex, who took office in 2019.", "in 2019"));
    assertEquals("… Ann Cole, 54, who was elected in 2019.",
        shown("The council is led by Ann Cole, 54, who was elected in 2019.", "in 2019"));
    assertEquals("… Rep. Ann Cole, D-Wessex, who won the seat in 2019.",
        shown("The bill was written by Rep. Ann Cole, D-Wessex, who won the seat in 2019.", "in 2019"));
    assertEquals("… Ann Cole and Tom Reed, who were both elected in 2019.",
        shown("The plan was backed by Ann Cole and Tom Reed, who were both elected in 2019.", "in 2019"));
    assertEquals("… the harbour, which flooded in 2019.",
        shown("The ships sailed past the harbour, which flooded in 2019.", "in 2019"));
  }

  @Test
  void aPartWithNoSubjectOfItsOwnDoesNotSayWhoDidWhat() { // issue 13
    assertTrue(Clauses.subjectless(shown(
        "Cole granted interviews on Wednesday after clashing with reporters late Tuesday.", "late Tuesday")));
    assertTrue(Clauses.subjectless(shown(
        "Reed cited the review, distributed to the council last month.", "last month")));
    assertTrue(Clauses.subjectless("… interview a month ago."));
    assertTrue(Clauses.subjectless("… a council spokesman said Friday morning."));
    assertTrue(Clauses.subjectless("… for refusing to meet the mayor on Tuesday …"));
    // a clause with its own subject and verb, a relative clause shown with what it tells of, and
    // a whole sentence say it
    assertFalse(Clauses.subjectless("… after the mayor was criticised at last week's hearing."));
    assertFalse(Clauses.subjectless("… the harbour, which flooded in 2019."));
    assertFalse(Clauses.subjectless("Cole clashed with reporters late Tuesday."));
    // an irregular past, a noun in -ing or -ed before the subject, are no participle opening it
    assertFalse(Clauses.subjectless("… shares fell 5 percent on Tuesday."));
    assertFalse(Clauses.subjectless("… during the talks the mayor walked out on Tuesday."));
    assertFalse(Clauses.subjectless("… building inspectors closed the pier on Tuesday."));
    assertFalse(Clauses.subjectless("… indeed the mayor resigned on Tuesday."));
    assertFalse(Clauses.subjectless("… hundred protesters marched on Tuesday."));
  }
}
