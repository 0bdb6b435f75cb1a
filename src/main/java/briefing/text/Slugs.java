package briefing.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs: the readable part of a page name ("arkady-volkonin"), made of lower-case ASCII letters,
 * digits and dashes, so that a page name is the same on every file system and in every URL.
 */
public final class Slugs {
  /** The longest slug, in chars: enough to tell names apart, short enough for any file system. */
  public static final int MAX_LENGTH = 60;
  /** Names Windows keeps for devices: a file "con.html" cannot be opened there. */
  private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private Slugs() {}

  /**
   * The slug of {@code text}, or {@code fallback} when nothing of it is written in Latin letters
   * or digits. A slug Windows reserves ("con", "aux", "nul") gets a dash and a 1 appended.
   */
  public static String of(String text, String fallback) {
    String slug = Accents.fold(text).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    if (slug.isEmpty()) {
      slug = fallback;
    }
    return RESERVED.matcher(slug).matches() ? slug + "-1" : slug;
  }

  /**
   * The slug of a name, which may be written in any script: a name with no Latin letters
   * ("Сергей Рябков", "习近平") gets {@code fallback} and a short stable hash of the name, so that
   * two such names never share a page.
   */
  public static String ofName(String name, String fallback) {
    String slug = of(name, "");
    if (!slug.isEmpty() || name.isBlank()) {
      return slug.isEmpty() ? fallback : slug;
    }
    return fallback + "-" + Hashes.sha256Hex(name.strip().getBytes(StandardCharsets.UTF_8))
        .substring(0, 8);
  }
}
