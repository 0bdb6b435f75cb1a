package briefing.correct.people;

import briefing.model.Citation;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** What merging and splitting people share: values and citations joined, or parted by sentence. */
final class People {
  private People() {}

  /** The values of {@code a} then those of {@code b}, one per value, with the citations of both. */
  static List<Attested> joined(List<Attested> a, List<Attested> b) {
    Map<String, List<Citation>> byValue = new LinkedHashMap<>();
    for (Attested x : concat(a, b)) {
      byValue.computeIfAbsent(x.value(), v -> new ArrayList<>()).addAll(x.citations());
    }
    List<Attested> out = new ArrayList<>();
    byValue.forEach((value, citations) -> out.add(new Attested(value, sorted(citations))));
    return out;
  }

  /** The values with only the citations {@code keep} accepts; a value left with none is dropped, unless it had none. */
  static List<Attested> only(List<Attested> values, Predicate<Citation> keep) {
    List<Attested> out = new ArrayList<>();
    for (Attested a : values) {
      List<Citation> kept = a.citations().stream().filter(keep).toList();
      if (!kept.isEmpty() || a.citations().isEmpty() && keep.test(null)) {
        out.add(new Attested(a.value(), kept));
      }
    }
    return out;
  }

  /** The sorted distinct citations of both. */
  static List<Citation> sorted(List<Citation> citations) {
    return citations.stream().distinct().sorted().toList();
  }

  static List<QuoteRef> quotes(List<QuoteRef> quotes) {
    return quotes.stream().distinct().sorted(Comparator.comparing(QuoteRef::citation)).toList();
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** {@code p} with another id and name. */
  static Person named(Person p, String id, String name) {
    return new Person(id, name, p.roles(), p.affiliation(), p.spellings(), p.mentions(), p.quotes());
  }
}
