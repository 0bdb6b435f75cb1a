package briefing.crossref.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTest {
  @Test
  void theWritersWordsAroundAQuotationAreAStatementOfTheirOwn() {
    List<String> parts = parts("“Nobody on this island was asked,” the union said of the trawlers"
        + " the company has moored along the northern pier.");

    assertTrue(parts.contains("“Nobody on this island was asked,”"), parts.toString());
    assertTrue(parts.contains("the union said of the trawlers the company has moored along the northern pier."),
        parts.toString());
  }

  @Test
  void aSentenceWithoutQuotationIsNotSplitAtQuotationMarks() {
    assertEquals(List.of(), Statements.quoteAndParaphrase("The ferry left the harbour at noon."));
    assertEquals(List.of(), Statements.quoteAndParaphrase("“The ferry left the harbour at noon.”"));
  }

  @Test
  void aClauseAboutANameJustSaidIsAStatementOfItsOwn() {
    List<String> parts = parts("The regional government, which shut the island hospital last spring,"
        + " announced ferry subsidies on Monday.");

    assertTrue(parts.contains("which shut the island hospital last spring"), parts.toString());
    assertTrue(parts.contains("The regional government announced ferry subsidies on Monday."), parts.toString());
  }

  @Test
  void whatAHappeningBroughtAboutIsAStatementOfItsOwn() {
    List<String> parts = parts("The company moored six trawlers along the northern pier, prompting"
        + " complaints from ferry crews about blocked berths.");

    assertTrue(parts.contains("The company moored six trawlers along the northern pier"), parts.toString());
    assertTrue(parts.contains("prompting complaints from ferry crews about blocked berths."), parts.toString());
  }

  @Test
  void anAsideBetweenDashesIsAStatementOfItsOwn() {
    List<String> aside = parts("The ferry — the island's only link to the mainland since the bridge"
        + " fell — will stop in winter.");

    assertTrue(aside.contains("the island's only link to the mainland since the bridge fell"), aside.toString());
    assertTrue(aside.contains("The ferry will stop in winter."), aside.toString());
  }

  @Test
  void whatFollowsADashIsAStatementOfItsOwn() {
    List<String> parts = parts("Officials fear a move across the border — as the island worries"
        + " about the mainland joining the league.");

    assertTrue(parts.contains("as the island worries about the mainland joining the league."), parts.toString());
  }

  private static List<String> parts(String text) {
    return List.copyOf(Statements.parts(text));
  }
}
