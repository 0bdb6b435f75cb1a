package briefing.crossref;

import briefing.model.Citation;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Naming;
import briefing.model.briefing.Organisation;
import briefing.model.briefing.Person;
import briefing.model.briefing.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How each source spells each name the sources do not all spell alike: a person whose full
 * names differ ("Arkady" / "Arkadi Ivanov"), an organisation or place written in two ways besides
 * the plain choice between an acronym and its expansion ("Tiflis" / "Tbilisi"). A short form is
 * no spelling: a bare surname, a name without its country, a name cut short before its last words.
 */
public final class Namings {
  /** "the" before a name: grammar, not part of how it is spelled. */
  private static final Pattern ARTICLE = Pattern.compile("^(?i:the)\\s+(?=\\S)");

  private Namings() {}

  /** The namings of people, then organisations, then places, each in the briefing's order. */
  static List<Naming> of(CastOfPeople cast, List<Organisation> organisations, List<Place> places) {
    List<Naming> namings = new ArrayList<>();
    for (Person p : cast.people()) {
      of(p).ifPresent(namings::add);
    }
    for (Organisation o : organisations) {
      List<Attested> spellings = longest(distinct(o.spellings()));
      if (spelledApart(spellings)) {
        namings.add(new Naming("organisation", o.id(), o.name(), spellings));
      }
    }
    for (Place p : places) {
      List<Attested> spellings = longest(distinct(p.spellings()));
      if (spelledApart(spellings)) {
        namings.add(new Naming("place", p.id(), p.name(), spellings));
      }
    }
    return namings;
  }

  /** How the sources spell {@code p}, where they spell the full name in more than one way. */
  public static Optional<Naming> of(Person p) {
    List<Attested> longest = longest(distinct(p.spellings()));
    return longest.size() > 1 ? Optional.of(new Naming("person", p.id(), p.name(), longest)) : Optional.empty();
  }

  /**
   * The spellings that differ in more than case, punctuation, an abbreviation's dots and an
   * article before them: "U.S.", "US" and "U.S" are one spelling, and so are "London" and
   * "LONDON" (a dateline's capitals) and "the Courier" and "Courier". Each keeps the form most
   * sources write, first written on a tie, with the citations of all its forms.
   */
  static List<Attested> distinct(List<Attested> spellings) {
    Map<String, List<Attested>> byKey = new LinkedHashMap<>();
    for (Attested a : spellings) {
      byKey.computeIfAbsent(Spelling.trivial(ARTICLE.matcher(a.value()).replaceFirst("")),
          k -> new ArrayList<>()).add(a);
    }
    List<Attested> distinct = new ArrayList<>();
    for (List<Attested> forms : byKey.values()) {
      Attested shown = forms.stream()
          .max(Comparator.comparingInt((Attested a) -> a.sources().size())
              .thenComparing(a -> -forms.indexOf(a)))
          .orElseThrow();
      List<Citation> citations = forms.stream().flatMap(a -> a.citations().stream()).distinct()
          .sorted().toList();
      distinct.add(new Attested(shown.value(), citations));
    }
    return distinct;
  }

  /** The spellings that are no short form of another. */
  private static List<Attested> longest(List<Attested> spellings) {
    return spellings.stream()
        .filter(s -> spellings.stream().noneMatch(o -> shortFor(s.value(), o.value())))
        .toList();
  }

  /**
   * Whether {@code shorter} is a short form of {@code name}: its words, fewer of them, compared
   * as keys ("State Department" of "U.S. State Department", "Organization for Security" of "the
   * Organisation for Security in Europe").
   */
  private static boolean shortFor(String shorter, String name) {
    List<String> words = List.of(Spelling.key(name).split(" "));
    List<String> some = List.of(Spelling.key(shorter).split(" "));
    return some.size() < words.size() && Set.copyOf(words).containsAll(some);
  }

  /** Whether two acronyms, or two other forms, differ. */
  private static boolean spelledApart(List<Attested> spellings) {
    long acronyms = spellings.stream().filter(s -> Spelling.maybeAcronym(s.value())).count();
    return acronyms > 1 || spellings.size() - acronyms > 1;
  }
}
