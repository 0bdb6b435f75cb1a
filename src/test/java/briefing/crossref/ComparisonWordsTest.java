package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Words as comparisons read them. */
class ComparisonWordsTest {
  /** What {@link ComparisonWords#written} reads by hand, as a pattern. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

  @Test
  void anApostropheJoinsTheLettersAfterItButNotDigitsOrAnotherApostrophe() {
    assertEquals(List.of("The", "mayor’s", "don't", "rock'n'roll", "in", "90s", "it's", "9", "o", "clock"),
        ComparisonWords.written("The mayor’s don't rock'n'roll — in '90s, it's9 o''clock."));
  }

  @Test
  void lettersAndNumbersOfEveryScriptMakeWordsAndOtherCharactersSplitThem() {
    assertEquals(List.of("Zürich", "½", "Ⅻ", "２０", "𝐀𝐁", "ab"),
        ComparisonWords.written("Zürich ½-Ⅻ（２０）𝐀𝐁\uD800ab"));
  }

  @Test
  void readsTheWordsThePatternFindsInAnyText() {
    Random random = new Random(20_261_130);
    String[] pieces = {"a", "Z", "é", "ß", "ǅ", "ʰ", "中", "7", "٣", "½", "Ⅻ", " ", ",", "-", "'", "’", "‘",
        "\"", "𝐀", "😀", "\uD800", "\uDC00", "_", "\u0301", "\t", "ﬁ"};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      List<String> expected = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        expected.add(m.group());
      }
      assertEquals(expected, ComparisonWords.written(text.toString()), () -> "in " + text);
    }
  }

  @Test
  void aContentFormIsRememberedAsWorkedOut() {
    for (int round = 0; round < 2; round++) {
      assertEquals("troop", ComparisonWords.contentForm("Troops"));
      assertEquals("death", ComparisonWords.contentForm("killed"));
      assertNull(ComparisonWords.contentForm("the"));
      assertNull(ComparisonWords.contentForm("1987"));
    }
  }
}
