package briefing.crossref.people;

import briefing.crossref.Attestations;
import briefing.crossref.Spelling;
import briefing.crossref.people.Newsmaker.Cited;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spokesperson named after the person they speak for ("Vance spokeswoman Ada Roon") speaks for
 * that person's country or organisation: the role names no country, the person it names does.
 */
final class Spokespeople {
  private Spokespeople() {}

  /**
   * {@code people} with each named spokesperson whose mentions give no affiliation tied to the
   * affiliation of the one named person of the story whose surname their role writes.
   */
  static List<Newsmaker> tied(List<Newsmaker> people) {
    Map<String, String> bySurname = new HashMap<>();
    Map<String, Integer> bearers = new HashMap<>();
    for (Newsmaker n : people) {
      PersonName name = n.named() ? PersonName.of(n.name()) : null;
      if (name != null) {
        String surname = Spelling.plain(name.surname());
        bearers.merge(surname, 1, Integer::sum);
        String affiliation = affiliation(n);
        if (affiliation != null) {
          bySurname.put(surname, affiliation);
        }
      }
    }
    List<Newsmaker> result = new ArrayList<>();
    for (Newsmaker n : people) {
      result.add(n.named() && affiliation(n) == null ? tied(n, bySurname, bearers) : n);
    }
    return result;
  }

  private static Newsmaker tied(Newsmaker n, Map<String, String> bySurname, Map<String, Integer> bearers) {
    List<Cited> mentions = new ArrayList<>();
    boolean changed = false;
    for (Cited m : n.mentions()) {
      String spokenFor = m.role() == null || !"spokesperson".equals(Post.of(m.role(), null).office())
          ? null : spokenFor(m.role(), bySurname, bearers);
      if (spokenFor != null) {
        mentions.add(new Cited(m.citation(), m.written(), m.form(), m.role(), spokenFor));
        changed = true;
      } else {
        mentions.add(m);
      }
    }
    return changed ? new Newsmaker(true, mentions) : n;
  }

  /** The affiliation of the one person whose surname, capitalised, {@code role} writes, or null. */
  private static String spokenFor(String role, Map<String, String> bySurname, Map<String, Integer> bearers) {
    for (String word : role.split("\\s+")) {
      String w = word.replaceAll("['’]s$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        String surname = Spelling.plain(w);
        if (bearers.getOrDefault(surname, 0) == 1 && bySurname.containsKey(surname)) {
          return bySurname.get(surname);
        }
      }
    }
    return null;
  }

  /** The affiliation the person's mentions give most, as the briefing shows it, or null. */
  private static String affiliation(Newsmaker n) {
    Attestations affiliations = new Attestations(Spelling::plain);
    n.mentions().forEach(m -> affiliations.add(m.affiliation(), m.citation()));
    return affiliations.first();
  }
}
