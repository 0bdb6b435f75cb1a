package briefing.crossref.entities;

import briefing.model.Source;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.Sentence;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names any source gives an organisation, to tell a place written inside one ("Norway" in
 * "Air Norway cut 40 flights") from a mention of the place: issue 12,
 * {@code PlacesTest.aCountryInsideAnOrganisationsNameIsNoPlaceMention}.
 */
final class OrganisationNames {
  private final Set<String> names = new TreeSet<>();

  OrganisationNames(List<Source> sources) {
    for (Source s : sources) {
      for (EntityMention e : s.analysis().entities()) {
        if (e.kind() == EntityMention.Kind.ORGANIZATION && e.name().strip().contains(" ")) {
          names.add(e.name().strip());
        }
      }
    }
  }

  /** Whether {@code sentence} writes {@code place} as a word of an organisation's name. */
  boolean around(Sentence sentence, EntityMention place) {
    if (sentence == null || place.span().end() > sentence.text().length()) {
      return false;
    }
    String text = sentence.text();
    String written = text.substring(place.span().start(), place.span().end());
    for (String name : names) {
      for (int at = name.indexOf(written); at >= 0; at = name.indexOf(written, at + 1)) {
        int from = place.span().start() - at;
        if (name.length() > written.length() && from >= 0
            && text.regionMatches(true, from, name, 0, name.length())
            && !letter(text, from - 1) && !letter(text, from + name.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean letter(String text, int at) {
    return at >= 0 && at < text.length() && Character.isLetterOrDigit(text.charAt(at));
  }
}
