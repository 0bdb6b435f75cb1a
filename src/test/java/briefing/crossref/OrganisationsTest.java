package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.crossref.entities.Organisations;
import briefing.crossref.entities.Places;
import briefing.model.Source;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Organisation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationsTest {
  private static List<Organisation> merge(Story... stories) {
    List<Source> sources = List.of(stories).stream().map(Story::source).toList();
    return Organisations.merge(sources, Places.merge(sources));
  }

  @Test
  void acronymItsCaseVariantAndItsExpansionInEitherSpellingAreOneOrganisation() {
    List<Organisation> found = merge(
        Story.article("a").organisation("NATO", null).organisation("NATO", null),
        Story.article("b").organisation("Nato", null).organisation("North Atlantic Treaty Organisation", null),
        Story.article("c").organisation("North Atlantic Treaty Organization", "NATO"));
    assertEquals(1, found.size(), found::toString);
    Organisation nato = found.get(0);
    assertEquals("NATO", nato.acronym());
    assertEquals(List.of("NATO", "Nato", "North Atlantic Treaty Organisation",
        "North Atlantic Treaty Organization"), nato.spellings().stream().map(Attested::value).sorted().toList());
  }

  @Test
  void aNameWithACountryBeforeItIsTheOrganisationWithoutIt() {
    List<Organisation> found = merge(
        Story.article("a").organisation("U.S. State Department", null).place("U.S.", "COUNTRY"),
        Story.article("b").organisation("State Department", null));
    assertEquals(1, found.size(), found::toString);
  }

  @Test
  void aNameCutShortJoinsTheOneWholeNameItBegins() {
    List<Organisation> found = merge(
        Story.article("a").organisation("Organization for Security and Cooperation", null),
        Story.article("b").organisation("Organisation for Security and Co-operation in Europe", null));
    assertEquals(List.of("Organisation for Security and Co-operation in Europe"),
        found.stream().map(Organisation::name).toList());
  }

  @Test
  void legalSuffixesAndATradeWordBeforeThemJoinTheShorterName() { // issue 12
    List<Organisation> found = merge(
        Story.article("a").organisation("Tarrant Motor Company", null),
        Story.article("b").organisation("Tarrant Motor Co.", null).organisation("Tarrant Inc.", null),
        Story.article("c").organisation("Tarrant", null).organisation("Quillon Holdings Ltd.", null),
        Story.article("d").organisation("Quillon Holdings", null));
    assertEquals(List.of("Quillon Holdings", "Tarrant"),
        found.stream().map(Organisation::name).sorted().toList(), found::toString);
  }

  @Test
  void aShortNameThatTwoOrganisationsBeginStaysApart() {
    List<Organisation> found = merge(
        Story.article("a").organisation("Vesper Steel Corp.", null).organisation("Vesper", null),
        Story.article("b").organisation("Vesper Foods Ltd.", null).organisation("Vesper Steel", null));
    assertEquals(List.of("Vesper", "Vesper Foods Ltd.", "Vesper Steel"),
        found.stream().map(Organisation::name).sorted().toList(), found::toString);
  }

  @Test
  void differentOrganisationsStayApartAndTheMostCitedComesFirst() {
    List<Organisation> found = merge(Story.article("a").organisation("White House", null)
            .organisation("Kremlin", null),
        Story.article("b").organisation("Kremlin", null));
    assertEquals(List.of("kremlin", "white-house"), found.stream().map(Organisation::id).toList());
  }

  @Test
  void anAcronymNeverSpelledOutIsNamedByItself() {
    List<Organisation> found = merge(Story.article("a").organisation("CNN", null),
        Story.article("b").organisation("CNN", null));
    assertEquals(List.of("CNN"), found.stream().map(Organisation::name).toList());
  }
}
