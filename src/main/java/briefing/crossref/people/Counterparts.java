package briefing.crossref.people;

import briefing.crossref.people.Newsmaker.Cited;
import briefing.model.Citation;
import briefing.text.Countries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A counterpart holds the post of the person they are the counterpart of, in their own country:
 * in "Ruritanian Foreign Minister X and his Freedonian counterpart, Y", Y is the Freedonian
 * foreign minister. A role that only relates someone to another person tells a reader nothing
 * alone, and no description ("Freedonia's foreign minister") could join them by it.
 */
final class Counterparts {
  private static final Set<String> HEADS = Set.of("counterpart");
  /** Words before "counterpart" that point at the other person, not at the post. */
  private static final Set<String> POINTERS = Set.of("his", "her", "their", "its", "the", "a", "an");

  private Counterparts() {}

  /**
   * {@code people} with each named person's counterpart role read as the post it stands for,
   * where the sentences that give it name exactly one other person with a role, and all of them
   * the same one post; other roles are left as written.
   */
  static List<Newsmaker> resolve(List<Newsmaker> people) {
    Map<Citation, List<Newsmaker>> bySentence = new TreeMap<>();
    for (Newsmaker n : people) {
      if (n.named()) {
        n.mentions().stream().map(Cited::citation).distinct()
            .forEach(c -> bySentence.computeIfAbsent(c, k -> new ArrayList<>()).add(n));
      }
    }
    List<Newsmaker> result = new ArrayList<>();
    for (Newsmaker n : people) {
      result.add(n.named() ? resolved(n, bySentence) : n);
    }
    return result;
  }

  private static Newsmaker resolved(Newsmaker n, Map<Citation, List<Newsmaker>> bySentence) {
    Map<String, Set<String>> posts = new TreeMap<>(); // relational role key -> posts read
    for (Cited m : n.mentions()) {
      if (m.role() == null || !counterpart(m.role())) {
        continue;
      }
      Set<String> read = posts.computeIfAbsent(RoleRanking.key(m.role()), k -> new TreeSet<>());
      List<Cited> others = new ArrayList<>();
      for (Newsmaker other : bySentence.getOrDefault(m.citation(), List.of())) {
        if (other != n) {
          other.mentions().stream().filter(o -> o.citation().equals(m.citation())
              && o.role() != null && !RoleRanking.relational(o.role())).findFirst()
              .ifPresent(others::add);
        }
      }
      if (others.size() == 1) {
        read.add(post(m.role(), others.get(0)));
      }
    }
    if (posts.values().stream().noneMatch(p -> p.size() == 1)) {
      return n;
    }
    List<Cited> mentions = new ArrayList<>();
    for (Cited m : n.mentions()) {
      Set<String> read = m.role() == null ? null : posts.get(RoleRanking.key(m.role()));
      mentions.add(read == null || read.size() != 1 || !counterpart(m.role()) ? m
          : new Cited(m.citation(), m.written(), m.form(), read.iterator().next(), m.affiliation()));
    }
    return new Newsmaker(true, mentions);
  }

  /** Whether {@code role}'s head word is "counterpart". */
  private static boolean counterpart(String role) {
    String[] words = role.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return HEADS.contains(words[words.length - 1]);
  }

  /**
   * The post {@code role} ("his Freedonian counterpart") stands for beside {@code other}'s role:
   * its own words before "counterpart" and the office's common name ("Freedonian foreign
   * minister"), or the other's role without its country where the lexicon knows no such office.
   */
  private static String post(String role, Cited other) {
    List<String> own = new ArrayList<>();
    String[] words = role.strip().split("\\s+");
    for (int i = 0; i < words.length - 1; i++) {
      if (!POINTERS.contains(words[i].toLowerCase(Locale.ROOT))) {
        own.add(words[i]);
      }
    }
    Post held = Post.of(other.role(), other.affiliation());
    if (held.office() != null) {
      own.add(held.commonName());
    } else {
      for (String w : other.role().strip().split("\\s+")) {
        if (Countries.of(w) == null) {
          own.add(w);
        }
      }
    }
    return String.join(" ", own);
  }
}
