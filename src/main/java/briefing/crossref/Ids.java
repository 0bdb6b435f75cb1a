package briefing.crossref;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Stable, readable ids for URLs ("sergei-ryabkov"), unique within one kind. */
final class Ids {
  /** "index" is the name of each listing page ({@code people/index.html}): never an id. */
  private final Set<String> taken = new HashSet<>(Set.of("index"));

  /** A slug of {@code name}, with "-2", "-3" … appended where it is already taken. */
  String next(String name) {
    String base = slug(name);
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "x" : slug;
  }
}
