package briefing.crossref.people;

import briefing.crossref.Attestations;
import briefing.crossref.Spelling;
import briefing.model.briefing.Attested;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's roles, best first: the role most sources support, where a source that gives a more
 * general role ("Deputy Foreign Minister") supports a more specific one that holds all its words
 * ("Russian Deputy Foreign Minister"); then the role more sources give themselves, then the more
 * specific, then the more cited.
 */
final class RoleRanking {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private RoleRanking() {}

  /** The key roles written alike but for case, dots and articles share ("the U.S. envoy", "US envoy"). */
  static String key(String role) {
    return String.join(" ", words(role));
  }

  /** {@code roles} ranked best first. */
  static List<Attested> rank(List<Attested> roles) {
    Map<Attested, Integer> support = new HashMap<>();
    for (Attested role : roles) {
      Set<String> words = Set.copyOf(words(role.value()));
      Set<String> sources = new TreeSet<>();
      for (Attested other : roles) {
        if (words.containsAll(words(other.value()))) {
          sources.addAll(other.sources());
        }
      }
      support.put(role, sources.size());
    }
    return roles.stream()
        .sorted(Comparator.comparingInt((Attested r) -> -support.get(r))
            .thenComparingInt(r -> -r.sources().size()) // "President" before "everything President"
            .thenComparingInt(r -> -words(r.value()).size())
            .thenComparing(Attestations.MOST_CITED))
        .toList();
  }

  private static List<String> words(String role) {
    return List.of(Spelling.plain(role).split(" ")).stream()
        .filter(w -> !w.isEmpty() && !ARTICLES.contains(w)).toList();
  }
}
