package briefing.crossref.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClausesTest {
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

  private static boolean told(String sentence, String date) {
    return Clauses.isTold(sentence, sentence.indexOf(date));
  }
}
