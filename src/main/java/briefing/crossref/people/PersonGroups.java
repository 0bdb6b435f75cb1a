package briefing.crossref.people;

import briefing.crossref.DisjointSets;
import briefing.crossref.Spelling;
import briefing.crossref.people.LocalPeople.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Each article's people joined across articles: full names that match (same surname, same
 * first name across transliterations) are one person; a bare surname joins the one person of
 * the other articles who has it. Never two people of one article in one group.
 */
final class PersonGroups {
  private final List<List<Mention>> locals;
  /** The groups of locals; never two locals of one article in one group. */
  private final DisjointSets<Integer> groups;
  private final List<List<PersonName>> fullNames = new ArrayList<>();
  /**
   * Locals by the last letter of their surnames' keys: names match only when their surname keys
   * end alike ({@link Spelling#close}), so only locals sharing a letter need comparing. Without
   * this, hundreds of articles took tens of seconds.
   */
  private final TreeMap<Character, List<Integer>> byLastLetter = new TreeMap<>();

  private PersonGroups(List<List<Mention>> locals) {
    this.locals = locals;
    this.groups = new DisjointSets<>(i -> locals.get(i).get(0).article());
    for (int i = 0; i < locals.size(); i++) {
      fullNames.add(locals.get(i).stream().map(Mention::name).filter(n -> !n.bareSurname()).toList());
      Set<Character> letters = new TreeSet<>();
      for (Mention m : locals.get(i)) {
        String key = m.name().surnameKey();
        letters.add(key.isEmpty() ? '\0' : key.charAt(key.length() - 1));
      }
      for (char c : letters) {
        byLastLetter.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The locals whose surnames may match local {@code i}'s, in index order. */
  private List<Integer> neighbours(int i) {
    Set<Integer> near = new TreeSet<>();
    for (Mention m : locals.get(i)) {
      String key = m.name().surnameKey();
      near.addAll(byLastLetter.getOrDefault(key.isEmpty() ? '\0' : key.charAt(key.length() - 1), List.of()));
    }
    return List.copyOf(near);
  }

  /** {@code locals} (each one article's mentions of one person) grouped into people, in first-seen order. */
  static List<List<Mention>> join(List<List<Mention>> locals) {
    PersonGroups groups = new PersonGroups(locals);
    groups.joinFullNames();
    groups.joinBareSurnames();
    return groups.grouped();
  }

  private void joinFullNames() {
    for (int i = 0; i < locals.size(); i++) {
      for (int j : neighbours(i)) {
        if (j <= i) {
          continue;
        }
        int b = j;
        if (fullNames(i).stream().anyMatch(n -> fullNames(b).stream().anyMatch(n::matches))) {
          union(i, j);
        }
      }
    }
  }

  /**
   * A bare surname joins the person of that surname whose sex and title fit its mentions (see
   * {@link Cues}); where several fit, the one whose roles share most words with the bare
   * mentions' roles, and none (not guessed) where that does not single one out.
   */
  private void joinBareSurnames() {
    for (int i = 0; i < locals.size(); i++) {
      if (!fullNames(i).isEmpty()) {
        continue;
      }
      PersonName bare = locals.get(i).get(0).name();
      Set<Integer> candidates = new TreeSet<>();
      for (int j : neighbours(i)) {
        if (fullNames(j).stream().anyMatch(bare::sameSurname)) {
          int root = find(j);
          List<Mention> group = members(root);
          if (locals.get(i).stream().allMatch(m -> Cues.compatible(group, m))) {
            candidates.add(root);
          }
        }
      }
      int ii = i;
      if (candidates.size() == 1) {
        union(candidates.iterator().next(), ii);
        continue;
      }
      int best = candidates.stream().mapToInt(c -> sharedRoleWords(ii, c)).max().orElse(0);
      List<Integer> top = candidates.stream().filter(c -> sharedRoleWords(ii, c) == best).toList();
      if (best > 0 && top.size() == 1) {
        union(top.get(0), ii);
      }
    }
    for (int i = 0; i < locals.size(); i++) {
      for (int j : neighbours(i)) {
        if (j > i && fullNames(i).isEmpty() && fullNames(j).isEmpty()
            && locals.get(i).get(0).name().sameSurname(locals.get(j).get(0).name())) {
          union(i, j);
        }
      }
    }
  }

  private int sharedRoleWords(int local, int root) {
    Set<String> mine = roleWords(List.of(local));
    List<Integer> members = new ArrayList<>();
    for (int j = 0; j < locals.size(); j++) {
      if (find(j) == root) {
        members.add(j);
      }
    }
    Set<String> theirs = roleWords(members);
    mine.retainAll(theirs);
    return mine.size();
  }

  private Set<String> roleWords(List<Integer> members) {
    return members.stream().flatMap(i -> locals.get(i).stream())
        .filter(m -> m.mention().role() != null)
        .flatMap(m -> List.of(RoleRanking.key(m.mention().role()).split(" ")).stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every mention of the locals in the group of {@code root}. */
  private List<Mention> members(int root) {
    List<Mention> all = new ArrayList<>();
    for (int j = 0; j < locals.size(); j++) {
      if (find(j) == root) {
        all.addAll(locals.get(j));
      }
    }
    return all;
  }

  private List<PersonName> fullNames(int local) {
    return fullNames.get(local);
  }

  /** Joins the groups of {@code a} and {@code b} unless both hold one article (two people of it). */
  private void union(int a, int b) {
    groups.joinIfApart(a, b);
  }

  private int find(int i) {
    return groups.find(i);
  }

  private List<List<Mention>> grouped() {
    TreeMap<Integer, List<Mention>> byRoot = new TreeMap<>();
    for (int i = 0; i < locals.size(); i++) {
      byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).addAll(locals.get(i));
    }
    return List.copyOf(byRoot.values());
  }
}
