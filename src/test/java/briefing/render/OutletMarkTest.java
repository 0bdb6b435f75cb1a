package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 15: each outlet recognisable at a glance, by a monogram on a colour of its own. */
class OutletMarkTest {
  @Test
  void theMonogramIsTheInitialsOfTheNamesFirstTwoWordsThatAreNotFunctionWords() {
    assertEquals("HH", OutletMark.monogram("The Harbour Herald"));
    assertEquals("VA", OutletMark.monogram("Voice of Alder Bay"));
    assertEquals("N2", OutletMark.monogram("News 24"));
    assertEquals("C", OutletMark.monogram("The Courier"));
  }

  @Test
  void aOneWordNameGivesItsFirstLetterAndTheNextCapital() {
    assertEquals("R", OutletMark.monogram("Riverton"));
    assertEquals("UP", OutletMark.monogram("UPX"));
    assertEquals("NW", OutletMark.monogram("NewsWire"));
    assertEquals("É", OutletMark.monogram("écho"));
    assertEquals("!", OutletMark.monogram("!"));
  }

  @Test
  void anOutletLooksTheSameWhateverElseTheStoryHoldsWhenItsColourIsFree() {
    OutletMark alone = OutletMark.of(List.of("Riverton Post")).get("Riverton Post");
    OutletMark amongOthers = OutletMark.of(List.of("Zeta Times", "Riverton Post")).get("Riverton Post");
    assertEquals(alone, OutletMark.of(List.of("Riverton Post")).get("Riverton Post"), "the same every build");
    assertTrue(alone.colour() >= 0 && alone.colour() < OutletMark.COLOURS);
    assertEquals("RP", alone.monogram());
    assertEquals("om c" + alone.colour(), alone.css());
    assertEquals(alone, amongOthers, "an outlet later in the alphabet takes another colour, not this one");
  }

  @Test
  void aFewOutletsEachGetAColourOfTheirOwn() {
    List<String> outlets = IntStream.range(0, OutletMark.COLOURS).mapToObj(i -> "Outlet " + i).toList();
    Map<String, OutletMark> marks = OutletMark.of(outlets);
    assertEquals(OutletMark.COLOURS, marks.values().stream().map(OutletMark::colour).distinct().count());
    List<String> reversed = new java.util.ArrayList<>(outlets);
    java.util.Collections.reverse(reversed);
    assertEquals(marks, OutletMark.of(reversed), "the order they come in does not matter");
  }

  @Test
  void unknownOutletsHaveNoMark() {
    assertEquals(Map.of(), OutletMark.of(java.util.Arrays.asList(null, "", "  ")));
  }
}
