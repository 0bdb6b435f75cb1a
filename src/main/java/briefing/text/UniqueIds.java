package briefing.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Readable ids for page names ("arkady-volkonin"), each unique among those this one gave out. */
public final class UniqueIds {
  private final Set<String> taken = new HashSet<>();
  private final String fallback;

  /**
   * Ids that fall back to {@code fallback} for a name with no Latin letters, and never equal one
   * of {@code reserved} (a listing page's own name, "index").
   */
  public UniqueIds(String fallback, List<String> reserved) {
    this.fallback = fallback;
    taken.addAll(reserved);
  }

  /** The slug of {@code name}, with "-2", "-3" … appended where it is already taken. */
  public String next(String name) {
    String base = Slugs.ofName(name, fallback);
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
