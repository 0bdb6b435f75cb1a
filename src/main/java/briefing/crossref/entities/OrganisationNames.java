package briefing.crossref.entities;

import briefing.model.Source;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names any source gives an organisation, to tell a place written inside one ("Norway" in
 * "Air Norway cut 40 flights") from a mention of the place: issue 12,
 * {@code PlacesTest.aCountryInsideAnOrganisationsNameIsNoPlaceMention}.
 */
final class OrganisationNames {
  /** Names by their first word's {@link #key}; names that do not start with a letter or digit. */
  private final Map<String, List<String>> byFirstWord = new HashMap<>();
  private final List<String> others = new ArrayList<>();
  private int longest;

  OrganisationNames(List<Source> sources) {
    Set<String> names = new TreeSet<>();
    for (Source s : sources) {
      for (EntityMention e : s.analysis().entities()) {
        if (e.kind() == EntityMention.Kind.ORGANIZATION && e.name().strip().contains(" ")) {
          names.add(e.name().strip());
        }
      }
    }
    for (String name : names) {
      longest = Math.max(longest, name.length());
      int end = wordEnd(name, 0);
      if (end == 0) {
        others.add(name);
      } else {
        byFirstWord.computeIfAbsent(key(name, 0, end), k -> new ArrayList<>()).add(name);
      }
    }
  }

  /**
   * Whether {@code sentence} writes {@code place} as a word of an organisation's name. Only the
   * names whose first word starts a word of the sentence shortly before the place are tried,
   * not every name of the story for every place.
   */
  boolean around(Sentence sentence, EntityMention place) {
    if (sentence == null || place.span().end() > sentence.text().length()) {
      return false;
    }
    String text = sentence.text();
    int start = place.span().start();
    String written = text.substring(start, place.span().end());
    for (String name : others) {
      for (int at = name.indexOf(written); at >= 0; at = name.indexOf(written, at + 1)) {
        if (writtenAt(text, start - at, name, written)) {
          return true;
        }
      }
    }
    for (int from = Math.max(0, start - longest); from <= start; from++) {
      if (letter(text, from) && !letter(text, from - 1)) {
        List<String> names = byFirstWord.get(key(text, from, wordEnd(text, from)));
        if (names != null) {
          for (String name : names) {
            int at = start - from;
            if (at + written.length() <= name.length() && name.startsWith(written, at)
                && writtenAt(text, from, name, written)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code text} has {@code name}, longer than the place, as a whole word at {@code from}. */
  private static boolean writtenAt(String text, int from, String name, String written) {
    return name.length() > written.length() && from >= 0
        && text.regionMatches(true, from, name, 0, name.length())
        && !letter(text, from - 1) && !letter(text, from + name.length());
  }

  /** Where the run of letters and digits from {@code from} ends. */
  private static int wordEnd(String text, int from) {
    int end = from;
    while (letter(text, end)) {
      end++;
    }
    return end;
  }

  /** The characters as {@link String#regionMatches(boolean, int, String, int, int)} compares them, ignoring case. */
  private static String key(String text, int from, int to) {
    StringBuilder key = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      key.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
    }
    return key.toString();
  }

  private static boolean letter(String text, int at) {
    return at >= 0 && at < text.length() && Character.isLetterOrDigit(text.charAt(at));
  }
}
