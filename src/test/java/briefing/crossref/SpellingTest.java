package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingTest {
  @Test
  void aNameIsSpelledByTheInitialsOfAllItsWordsOrOfItsMajorOnes() {
    assertEquals(Set.of("OFSAC", "OSC"), Spelling.initials("Office for Security and Cooperation"));
    assertEquals(Set.of("OFSACO", "OSCO"), Spelling.initials("Office for Security and Co-operation"));
    assertEquals(Set.of("NATO"), Spelling.initials("North Atlantic Treaty Organization"));
    assertEquals(Set.of(), Spelling.initials("Parliament"));
  }

  @Test
  void anAcronymMatchesWhateverItsDotsAndCase() {
    assertTrue(spells("N.A.T.O.", "North Atlantic Treaty Organization"));
    assertTrue(spells("Nato", "North Atlantic Treaty Organization"));
    assertTrue(spells("OSC", "Office for Security and Cooperation"));
    assertFalse(spells("N", "North Atlantic"));
    assertFalse(spells("NAT", "North Atlantic Treaty Organization"));
  }

  /** Whether {@code acronym} spells the initials of {@code name}, as organisations are joined. */
  private static boolean spells(String acronym, String name) {
    return Spelling.initials(name).contains(Spelling.letters(acronym));
  }

  @Test
  void britishAndAmericanSpellingsShareAKey() {
    assertEquals(Spelling.key("the Organisation for Security and Co-operation"),
        Spelling.key("Organization for Security and Cooperation"));
    assertEquals(Spelling.key("Labour Centre Programme"), Spelling.key("Labor Center Program"));
    assertEquals("defense", Spelling.key("Defence"));
  }

  @Test
  void aSkeletonKeepsTheFirstLetterAndTheConsonants() {
    assertEquals("mrv", Spelling.skeleton("mirov"));
    assertEquals("arkd", Spelling.skeleton("arkadi"));
  }
}
