package briefing.ingest;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Gives each article a short id made from its file name, unique within one build. */
final class ArticleIds {
  private static final int MAX_LENGTH = 60;
  private final Set<String> taken = new HashSet<>();

  /** The id for a file name: lower-case letters, digits and dashes, and unique. */
  String next(String fileName) {
    // The slug is also the page's file name: never one that Windows reserves.
    String base = ReservedNames.avoid(slug(fileName));
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  static String slug(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String ascii = Normalizer.normalize(stem, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "article" : slug;
  }
}
