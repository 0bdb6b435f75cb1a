package briefing.model.briefing;

import briefing.model.Citation;
import java.util.List;
import java.util.Objects;

/**
 * A value (a role, a spelling) and the sentences of the sources that give it.
 *
 * @param value the value as written
 * @param citations where each source gives it
 */
public record Attested(String value, List<Citation> citations) {
  public Attested {
    Objects.requireNonNull(value, "value");
    citations = List.copyOf(citations);
  }

  /** The distinct articles that give this value, in order. */
  public List<String> sources() {
    return citations.stream().map(Citation::article).distinct().sorted().toList();
  }
}
