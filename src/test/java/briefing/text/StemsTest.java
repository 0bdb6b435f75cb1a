package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StemsTest {
  @Test
  void aVerbAndItsNounInSionShareAStem() {
    assertEquals(Stems.of("invade"), Stems.of("invasion"));
    assertEquals(Stems.of("decided"), Stems.of("decision"));
    assertEquals(Stems.of("explode"), Stems.of("explosion"));
  }

  @Test
  void aVerbInYSharesAStemWithItsPastAndItsNounInIal() {
    assertEquals(Stems.of("deny"), Stems.of("denied"));
    assertEquals(Stems.of("deny"), Stems.of("denial"));
    assertEquals(Stems.of("try"), Stems.of("tried"));
  }

  @Test
  void aShortVerbSharesAStemWithItsFormsInIngAndEd() {
    assertEquals(Stems.of("air"), Stems.of("airing"));
    assertEquals(Stems.of("air"), Stems.of("aired"));
    assertEquals(Stems.of("close"), Stems.of("closing"));
    assertEquals(Stems.of("agree"), Stems.of("agreed"));
    assertEquals(Stems.of("need"), Stems.of("needed"));
  }

  @Test
  void inflectedFormsShareTheirFirstLetters() {
    assertEquals(Stems.of("threat"), Stems.of("threatened"));
    assertEquals(Stems.of("sanction"), Stems.of("sanctioned"));
  }

  @Test
  void wordsThatOnlyBeginAlikeButDifferEarlyStayApart() {
    assertNotEquals(Stems.of("mission"), Stems.of("mist"));
    assertNotEquals(Stems.of("deny"), Stems.of("dent"));
  }
}
