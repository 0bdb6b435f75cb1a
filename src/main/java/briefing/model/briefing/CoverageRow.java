package briefing.model.briefing;

import java.util.List;
import java.util.Objects;

/**
 * One fact and the sources that report it.
 *
 * @param kind "event", "person" or "figure"
 * @param id the fact's id (an event or person id, or the figure topic)
 * @param label for people ("7 Feb 2023: harbour closed")
 * @param sources the ids of the articles that report it
 */
public record CoverageRow(String kind, String id, String label, List<String> sources) {
  public CoverageRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    sources = List.copyOf(sources);
  }

  /** True when only one source reports it. */
  public boolean exclusive() {
    return sources.size() == 1;
  }
}
