package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.crossref.entities.Organisations;
import briefing.crossref.entities.Places;
import briefing.crossref.people.PeopleMerger;
import briefing.model.Source;
import briefing.model.briefing.Naming;
import briefing.model.briefing.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingsTest {
  @Test
  void namesSpelledDifferentlyAreListedWithTheSourcesOfEachSpelling() {
    List<Source> sources = List.of(
        Story.article("a").person("Sergei Ryabkov").person("Ryabkov").person("Antony Blinken")
            .place("Kiev", "CITY").organisation("NATO", null).source(),
        Story.article("b").person("Sergey Ryabkov").person("Blinken").place("Kyiv", "CITY")
            .organisation("North Atlantic Treaty Organization", "NATO").source());
    List<Naming> namings = Namings.of(PeopleMerger.merge(sources), Organisations.merge(sources, Places.merge(sources)),
        Places.merge(sources));
    assertEquals(List.of("person Sergei Ryabkov [Sergei Ryabkov [a], Sergey Ryabkov [b]]",
            "place Kiev [Kiev [a], Kyiv [b]]"),
        namings.stream().map(n -> n.kind() + " " + n.name() + " " + n.spellings().stream()
            .map(s -> s.value() + " " + s.sources()).sorted().toList()).toList(),
        "a bare surname is a short form and an acronym with its expansion a choice, not spellings");
  }

  @Test
  void formsThatDifferOnlyInCaseOrDotsAreOneSpelling() {
    List<Source> sources = List.of(
        Story.article("a").place("U.S.", "COUNTRY").place("Washington", "CITY")
            .organisation("Nato", null).source(),
        Story.article("b").place("US", "COUNTRY").place("WASHINGTON", "CITY")
            .organisation("NATO", null).source(),
        Story.article("c").place("U.S", "COUNTRY").place("Odesa", "CITY").source(),
        Story.article("d").place("Odessa", "CITY").source());
    List<Place> places = Places.merge(sources);
    List<Naming> namings = Namings.of(PeopleMerger.merge(sources), Organisations.merge(sources, places),
        places);
    assertEquals(List.of("[Odesa [c], Odessa [d]]"),
        namings.stream().map(n -> n.spellings().stream()
            .map(s -> s.value() + " " + s.sources()).sorted().toList().toString()).toList(),
        "case, punctuation and dots are typing, not spelling");
  }

  @Test
  void aShorterFormOfAnOrganisationIsNoSpellingOfItsOwn() {
    List<Source> sources = List.of(
        Story.article("a").place("Ruritania", "COUNTRY").organisation("Ruritania Water Board", null)
            .organisation("League for Trade and Cooperation in Asia", null).source(),
        Story.article("b").organisation("Ruritania Water-Board", null).organisation("Water Board", null)
            .organisation("League for Trade and Cooperation", null).source(),
        Story.article("c").organisation("Ruritania Water Board", null).source());
    List<Place> places = Places.merge(sources);
    List<Naming> namings = Namings.of(PeopleMerger.merge(sources), Organisations.merge(sources, places),
        places);
    assertEquals(List.of(), namings.stream().map(n -> n.spellings().stream()
            .map(s -> s.value() + " " + s.sources()).sorted().toList().toString()).toList(),
        "a name without its country, or cut short before its last words, is a short form, not a spelling");
  }

  @Test
  void aLeadingTheIsNoSpellingOfItsOwn() {
    List<Source> sources = List.of(
        Story.article("a").organisation("the Clayburn Courier", null).source(),
        Story.article("b").organisation("Clayburn Courier", null).source(),
        Story.article("c").organisation("The Clayburn Courier", null).source());
    List<Place> places = Places.merge(sources);
    List<Naming> namings = Namings.of(PeopleMerger.merge(sources), Organisations.merge(sources, places),
        places);
    assertEquals(List.of(), namings.stream().map(n -> n.spellings().toString()).toList(),
        "an article before a name is grammar, not spelling");
  }
}
