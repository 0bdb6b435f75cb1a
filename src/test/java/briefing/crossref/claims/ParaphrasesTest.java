package briefing.crossref.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ParaphrasesTest {
  @Test
  void wordsOfOneSenseReadAsOneWord() {
    assertEquals(Paraphrases.of("fear"), Paraphrases.of("concern"));
    assertEquals(Paraphrases.of("border"), Paraphrases.of("frontier"));
    assertEquals(Paraphrases.of("soldier"), Paraphrases.of("troop"));
  }

  @Test
  void inflectedVerbsFindTheirGroup() {
    assertEquals(Paraphrases.of("amass"), Paraphrases.of("massing"));
    assertEquals(Paraphrases.of("amassed"), Paraphrases.of("deployed"));
    assertEquals(Paraphrases.of("concerns"), Paraphrases.of("worried"));
    assertEquals(Paraphrases.of("stationed"), Paraphrases.of("gathering"));
  }

  @Test
  void aNounMadeOfAVerbWithUreReadsAsTheVerb() {
    assertEquals("clos", Paraphrases.of("closure"));
    assertEquals("fail", Paraphrases.of("failure"));
  }

  @Test
  void otherWordsStayAsTheyAre() {
    assertEquals("harbour", Paraphrases.of("harbour"));
    assertEquals("massive", Paraphrases.of("massive"));
    assertEquals("station", Paraphrases.of("station"));
    assertNotEquals(Paraphrases.of("fear"), Paraphrases.of("border"));
  }
}
