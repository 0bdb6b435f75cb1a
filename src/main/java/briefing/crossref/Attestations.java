package briefing.crossref;

import briefing.model.Citation;
import briefing.model.briefing.Attested;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Values (spellings, roles, affiliations) collected with the sentences that give them; values with
 * the same key count as one, shown as the form most sentences write.
 */
public final class Attestations {
  /** Most sources first, then most sentences, then by value. */
  public static final Comparator<Attested> MOST_CITED = Comparator
      .comparingInt((Attested a) -> -a.sources().size())
      .thenComparingInt(a -> -a.citations().size())
      .thenComparing(Attested::value);

  private final Function<String, String> key;
  private final Map<String, Map<String, TreeSet<Citation>>> byKey = new TreeMap<>();

  /** Values that are equal only when written alike. */
  public Attestations() {
    this(Function.identity());
  }

  /** Values that are equal when {@code key} gives them one key. */
  public Attestations(Function<String, String> key) {
    this.key = key;
  }

  /** Records that {@code citation} gives {@code value}; a null or blank value is ignored. */
  public Attestations add(String value, Citation citation) {
    if (value != null && !value.isBlank()) {
      byKey.computeIfAbsent(key.apply(value.strip()), k -> new TreeMap<>())
          .computeIfAbsent(value.strip(), v -> new TreeSet<>()).add(citation);
    }
    return this;
  }

  /** Each value with its citations, most cited first. */
  public List<Attested> ranked() {
    List<Attested> all = new ArrayList<>();
    for (Map<String, TreeSet<Citation>> forms : byKey.values()) {
      TreeSet<Citation> citations = new TreeSet<>();
      forms.values().forEach(citations::addAll);
      String shown = forms.entrySet().stream()
          .map(e -> new Attested(e.getKey(), List.copyOf(e.getValue())))
          .min(Comparator.comparingInt((Attested a) -> -a.sources().size())
              .thenComparingInt(a -> -a.citations().size())
              .thenComparingInt(a -> -a.value().length()) // the fuller: "U.S." before "U.S"
              .thenComparing(Attested::value))
          .orElseThrow().value();
      all.add(new Attested(shown, List.copyOf(citations)));
    }
    all.sort(MOST_CITED);
    return all;
  }

  /** The most cited value, or null where none was added. */
  public String first() {
    List<Attested> ranked = ranked();
    return ranked.isEmpty() ? null : ranked.get(0).value();
  }
}
