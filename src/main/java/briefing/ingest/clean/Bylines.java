package briefing.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline ("By Jane Roe and John Doe", "Written by Ann Lee", "By
 * Reuters", a blog's "Ann Lee |") into the writers' names, or into the outlet where it names an
 * organisation.
 */
final class Bylines {
  /** Who a byline credits: people, or (where it names no person) the outlet. */
  record Byline(List<String> authors, String outlet) {}

  private static final Pattern BYLINE =
      Pattern.compile("^(?:By|Written by|Reported by|LineWords by|Story by|Author)\\s*:?\\s+(?<names>.+?)\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE =
      Pattern.compile("(?i).*\\b(editor|correspondent|reporter|writer|staff|contributor|columnist"
          + "|bureau|chief|producer|analyst|journalist)s?\\b.*");
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:de|da|del|van|von|der|den|bin|al|la|le)\\s+)?"
          + "\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}");

  /**
   * A blog page's writer before a bar and its stamp: "Ann Cole |", two or three words written as
   * a name is (a capital, then lower case), nothing after the bar.
   */
  private static final Pattern BARRED = Pattern.compile(
      "^(?<name>\\p{Lu}[\\p{Ll}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’.-]+){1,2})\\s*\\|$");

  private Bylines() {}

  static Optional<Byline> parse(String line) {
    Matcher barred = BARRED.matcher(line.strip());
    if (barred.matches()) {
      return Optional.of(new Byline(List.of(barred.group("name")), null));
    }
    Matcher m = BYLINE.matcher(line.strip());
    if (!m.matches() || LineWords.count(m.group("names")) > 14) {
      return Optional.empty();
    }
    String names = m.group("names").strip();
    String organisation = names.replaceFirst("(?i)\\s+(staff|staff writers?|newsroom|wire)$", "");
    if (!organisation.contains(" ") || organisation.matches("(?i)the\\s+.+")) {
      return NAME.matcher(organisation.replaceFirst("(?i)^the\\s+", "")).matches()
          ? Optional.of(new Byline(List.of(), organisation))
          : Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    for (String segment : names.split("\\s*,\\s*")) {
      if (ROLE.matcher(segment).matches()) {
        // "By Maggie Fox, Health and Science Editor": what follows the name is a job title.
        break;
      }
      for (String part : segment.split("\\s*(?:&|\\band\\b)\\s*")) {
        String name = part.strip();
        if (name.isEmpty()) {
          continue;
        }
        if (!NAME.matcher(name).matches()) {
          return Optional.empty();
        }
        authors.add(name);
      }
    }
    return authors.isEmpty() ? Optional.empty() : Optional.of(new Byline(authors, null));
  }
}
