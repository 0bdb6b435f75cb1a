package briefing.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTextTest {
  private static final String PROSE = "The harbour was closed on Tuesday as a storm swept the coast, and"
      + " the ferries to the islands were cancelled until the winds had dropped, the port authority said.";
  private static final String OTHER = "El puerto cerró el martes cuando una tormenta barrió la costa, y los"
      + " transbordadores a las islas fueron cancelados hasta que amainaron los vientos, dijo la autoridad.";

  @Test
  void aReportInEnglishReadsAndOneInAnotherLanguageDoesNot() {
    assertTrue(EnglishText.reads(List.of(PROSE, PROSE)));
    assertFalse(EnglishText.reads(List.of(OTHER, OTHER, OTHER)));
    assertFalse(EnglishText.reads(List.of(OTHER, OTHER, OTHER, PROSE)), "one English line on a page");
  }

  @Test
  void namesFiguresAndQuotedVersesDoNotMakeAReportForeign() {
    String results = "Kettle Rovers 1 Harbour Town 1, Quay United 0 Lund Athletic 2, Brand City 3"
        + " Coast Wanderers 0, Reyes Park 2 Hale Albion 2, Vell Town 1 Sorum Rangers 4";
    String lineUp = "Forwards: Tom Hale, Rick Lund, Ann Cole, Una Vell, Ivo Lund, Mia Dahl, Tom Reyes,"
        + " Rick Sorum, Ann Brand, Una Hale, Ivo Cole, Mia Vell";
    assertTrue(EnglishText.reads(List.of(PROSE, results, results, lineUp, lineUp)));
    assertTrue(EnglishText.reads(List.of(PROSE, OTHER, OTHER)), "a report quoting two verses");
    assertTrue(EnglishText.reads(List.of("Short line.", "Otra línea corta.")), "too short to tell");
  }
}
