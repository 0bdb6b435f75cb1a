package briefing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void latinNamesKeepTheirLettersWithoutAccents() {
    assertEquals("sergei-ryabkov", Slugs.of("Sergéi Ryabkov", "x"));
  }

  @Test
  void namesInOtherScriptsGetAStableHashNotOneSharedLetter() {
    String ryabkov = Slugs.ofName("Сергей Рябков", "x");
    String xi = Slugs.ofName("习近平", "x");

    assertTrue(ryabkov.matches("x-[0-9a-f]{8}"), ryabkov);
    assertNotEquals(ryabkov, xi);
    assertEquals(ryabkov, Slugs.ofName("Сергей Рябков", "x"), "the same name, the same page");
  }

  @Test
  void namesWindowsKeepsForDevicesAreNeverPageNames() {
    UniqueIds ids = new UniqueIds("x", List.of("index"));

    assertEquals(List.of("con-1", "aux-1", "nul-1", "com1-1", "lpt9-1", "index-2", "console"),
        List.of(ids.next("Con"), ids.next("AUX"), ids.next("nul"), ids.next("COM1"),
            ids.next("Lpt9"), ids.next("Index"), ids.next("Console")));
  }
}
