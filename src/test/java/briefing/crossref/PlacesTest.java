package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.crossref.entities.Places;
import briefing.model.briefing.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {
  private static List<String> names(Story... stories) {
    return Places.merge(List.of(stories).stream().map(Story::source).toList()).stream()
        .map(p -> p.name() + " " + p.spellings().size()).toList();
  }

  @Test
  void transliterationsOfOnePlaceInDifferentSourcesAreOnePlace() {
    assertEquals(List.of("Kharkiv 2", "Kiev 2"), names(
        Story.article("a").place("Kiev", "CITY").place("Kiev", "CITY").place("Kharkov", "CITY"),
        Story.article("b").place("Kyiv", "CITY").place("Kharkiv", "CITY").place("Kharkiv", "CITY")));
  }

  @Test
  void placesOneLetterApartThatOneSourceNamesBothStayApart() {
    assertEquals(List.of("Iran 1", "Iraq 1"), names(Story.article("a").place("Iran", "COUNTRY").place("Iraq", "COUNTRY")));
    assertEquals(2, names(Story.article("a").place("Gaza", "CITY"), Story.article("b").place("Gaza", "CITY")
        .place("Giza", "CITY")).size());
  }

  @Test
  void anAbbreviationAndItsCaseAndPunctuationVariantsAreThePlaceTheyAbbreviate() {
    List<Place> found = Places.merge(List.of(
        Story.article("a").place("U.S.", "COUNTRY").place("United States", "COUNTRY").source(),
        Story.article("b").place("US", "COUNTRY").place("MOSCOW", "CITY").place("Moscow", "CITY").source(),
        Story.article("c").place("Moscow", "CITY").source()));
    assertEquals(List.of("Moscow", "United States"), found.stream().map(Place::name).toList());
  }

  @Test
  void aCountryInsideAnOrganisationsNameIsNoPlaceMention() { // issue 12
    List<Place> found = Places.merge(List.of(
        Story.article("a").organisation("Air Norway", null).source(),
        Story.article("b").placeWithin("Air Norway cut 40 flights.", "Norway", "COUNTRY")
            .place("Oslo", "CITY").source()));
    assertEquals(List.of("Oslo"), found.stream().map(Place::name).toList(), found::toString);
  }
}
