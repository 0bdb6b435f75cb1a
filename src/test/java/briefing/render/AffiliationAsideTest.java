package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import briefing.model.briefing.Attested;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The country or organisation the who's who shows in brackets after a person's role. */
class AffiliationAsideTest {
  private static final BriefingView VIEW = new BriefingView(new Briefing("Harbour", List.of(),
      List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
      List.of(), List.of(), List.of()));

  private static String aside(String role, String affiliation) {
    return VIEW.affiliationAside(new Person("p", "Ann Brand", List.of(new Attested(role, List.of())),
        affiliation, List.of(), List.of(), List.of()));
  }

  @Test
  void aRoleThatNamesItsCountryOrOrganisationNeedsNoBrackets() { // issue 13
    assertNull(aside("Russian President", "Russia"), "the country's adjective names it");
    assertNull(aside("professor at Kent College in Ashland", "Kent College"));
    assertEquals("Niger", aside("Nigerian President", "Niger"), "Nigeria is not Niger");
    assertEquals("UN", aside("UNICEF spokesman", "UN"), "a word, not a piece of one");
    assertEquals("Russia", aside("Kremlin spokesman", "Russia"));
    assertNull(aside("Kremlin spokesman", null));
  }
}
