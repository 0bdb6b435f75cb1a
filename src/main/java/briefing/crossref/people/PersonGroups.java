package briefing.crossref.people;

import briefing.crossref.DisjointSets;
import briefing.crossref.Spelling;
import briefing.crossref.people.LocalPeople.Mention;
import briefing.model.Source;
import briefing.model.analysis.PersonMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Each article's people joined across articles: full names that match (same surname, same
 * first name across transliterations) are one person; a bare surname joins the one person of
 * the other articles who has it, and a lone first name beside the family's surname the one
 * relative named in full. Never two people of one article in one group.
 */
final class PersonGroups {
  private final List<List<Mention>> locals;
  /** The groups of locals; never two locals of one article in one group. */
  private final DisjointSets<Integer> groups;
  private final List<List<PersonName>> fullNames = new ArrayList<>();
  /**
   * Locals by the keys of their surnames within one edit: names match only when their surname
   * keys are equal or, both five letters or more, one edit apart ({@link Spelling#close}), and
   * two keys one edit apart always share a key of the key with one letter deleted (or the key
   * itself). So only locals sharing such a key need comparing; blocking by the last letter alone
   * compared a twenty-sixth of all locals with each.
   */
  private final Map<String, List<Integer>> bySurnameKey = new HashMap<>();
  /** Each local's blocking keys, its surnames' keys within one edit. */
  private final List<Set<String>> keysOf = new ArrayList<>();
  /** Each group's locals in index order, by the group's root; a local alone is its own group. */
  private final Map<Integer, TreeSet<Integer>> membersByRoot = new HashMap<>();
  /** The words each article quotes each name as saying. */
  private final Quotations quotations;
  /** How many articles name anyone. */
  private final int storyArticles;

  private PersonGroups(List<List<Mention>> locals, Quotations quotations) {
    this.locals = locals;
    this.quotations = quotations;
    this.storyArticles = (int) locals.stream().map(l -> l.get(0).article()).distinct().count();
    this.groups = new DisjointSets<>(i -> locals.get(i).get(0).article());
    for (int i = 0; i < locals.size(); i++) {
      fullNames.add(locals.get(i).stream().map(Mention::name).filter(n -> !n.bareSurname()).toList());
      Set<String> keys = new TreeSet<>();
      for (Mention m : locals.get(i)) {
        keys.addAll(blockingKeys(m.name().surnameKey()));
      }
      for (String key : keys) {
        bySurnameKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      keysOf.add(keys);
    }
  }

  /** The key, and where it may differ from another by one edit, the key less each one letter. */
  static Set<String> blockingKeys(String key) {
    Set<String> keys = new TreeSet<>();
    keys.add(key);
    if (key.length() >= 5) {
      for (int at = 0; at < key.length(); at++) {
        keys.add(key.substring(0, at) + key.substring(at + 1));
      }
    }
    return keys;
  }

  /** The locals whose surnames may match local {@code i}'s, in index order. */
  private List<Integer> neighbours(int i) {
    Set<Integer> near = new TreeSet<>();
    for (String key : keysOf.get(i)) {
      near.addAll(bySurnameKey.get(key));
    }
    return List.copyOf(near);
  }

  /** {@code locals} (each one article's mentions of one person) grouped into people, in first-seen order. */
  static List<List<Mention>> join(List<List<Mention>> locals, Quotations quotations,
      Map<String, Set<String>> surnamesIn) {
    PersonGroups groups = new PersonGroups(locals, quotations);
    groups.joinFullNames();
    groups.joinHoldersOfOnePost();
    groups.joinBareSurnames();
    groups.joinFirstNames(surnamesIn);
    return groups.grouped();
  }

  /**
   * The surname keys of the names each sentence of {@code sources} writes, by article and
   * sentence ({@link #sentenceOf}): a bare surname two people of the article could both be is
   * still the family's name ("Mr. Hallor's wife, Ann," where two Hallors are named).
   */
  static Map<String, Set<String>> surnamesBySentence(List<Source> sources) {
    Map<String, Set<String>> surnames = new HashMap<>();
    for (Source source : sources) {
      for (PersonMention m : source.analysis().people()) {
        if (m.named()) {
          surnames.computeIfAbsent(source.id() + "\t" + m.span().sentence(), k -> new TreeSet<>())
              .add(PersonName.of(m.name()).surnameKey());
        }
      }
    }
    return surnames;
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
   * Joins people written with other first names, or with a surname spelt otherwise, whom their
   * post makes one ({@link OnePost}).
   */
  private void joinHoldersOfOnePost() {
    Map<String, List<Integer>> bySkeleton = new HashMap<>();
    for (int i = 0; i < locals.size(); i++) {
      for (PersonName n : fullNames(i)) {
        List<Integer> same = bySkeleton.computeIfAbsent(OnePost.surnameSkeleton(n), k -> new ArrayList<>());
        if (same.isEmpty() || same.get(same.size() - 1) != i) {
          same.add(i);
        }
      }
    }
    for (int i = 0; i < locals.size(); i++) {
      if (fullNames(i).isEmpty()) {
        continue;
      }
      Set<Integer> near = new TreeSet<>(neighbours(i));
      fullNames(i).forEach(n -> near.addAll(bySkeleton.get(OnePost.surnameSkeleton(n))));
      for (int j : near) {
        int a = i;
        if (j > i && find(i) != find(j) && fullNames(j).stream()
            .anyMatch(n -> fullNames(a).stream().anyMatch(m -> m.sameSurname(n) && !m.matches(n)
                || OnePost.surnameSpeltOtherwise(m, n)))
            && OnePost.samePerson(members(find(i)), members(find(j)))) {
          union(i, j);
        }
      }
    }
  }

  /**
   * A bare surname joins the person of that surname whose sex and title fit its mentions (see
   * {@link Cues}); where several fit, the one whose roles share most words with the bare
   * mentions' roles, and none (not guessed) where that does not single one out. The one person
   * who fits is joined only where the story keeps naming them ({@link #prominent}) or the bare
   * mentions share a role of theirs or the same quoted words (one wire report and its update): in a
   * story of hundreds of articles, a "Carter" in one is seldom the Lee Carter another names once. A surname a letter off the person's (a typing slip,
   * or another name) is theirs only where a role is shared.
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
        int only = candidates.iterator().next();
        boolean shared = sharedRoleWords(ii, only) > 0;
        // A surname a letter off ("Harton" for "Halton") is the same only where a role says so.
        boolean sounds = members(only).stream()
            .anyMatch(m -> !m.name().bareSurname() && m.name().surnameKey().equals(bare.surnameKey()));
        if (shared || sounds && prominent(only) || quotations.shared(locals.get(ii), members(only))) {
          union(only, ii);
        }
        continue;
      }
      int best = candidates.stream().mapToInt(c -> sharedRoleWords(ii, c)).max().orElse(0);
      List<Integer> top = candidates.stream().filter(c -> sharedRoleWords(ii, c) == best).toList();
      if (top.size() > 1) {
        // a post a full name is given outweighs one read beside a bare surname joined to it
        int named = top.stream().mapToInt(c -> sharedNamedRoleWords(ii, c)).max().orElse(0);
        top = top.stream().filter(c -> sharedNamedRoleWords(ii, c) == named).toList();
      }
      if (best > 0 && top.size() == 1) {
        union(top.get(0), ii);
      }
    }
    for (int i = 0; i < locals.size(); i++) {
      for (int j : neighbours(i)) {
        if (j > i && fullNames(i).isEmpty() && fullNames(j).isEmpty()
            && locals.get(i).get(0).name().surnameKey().equals(locals.get(j).get(0).name().surnameKey())) {
          union(i, j);
        }
      }
    }
  }

  /**
   * A one-word name that is no one's surname but the first name of someone named in full whose
   * surname a name in its own sentence has: one of the family, whom another report names in
   * full ("Mark Hallor, whose son, Ellis, was hurt" and, elsewhere, "Ellis Hallor"; "Tom Reed and
   * Ann"; "Mr. Hallor's wife, Sandi," and "Sandra Hallor"). Where the story names two such
   * people, or none, it stays apart: not guessed.
   */
  private void joinFirstNames(Map<String, Set<String>> surnamesIn) {
    Set<String> surnames = new TreeSet<>();
    for (int i = 0; i < locals.size(); i++) {
      for (PersonName n : fullNames(i)) {
        surnames.add(n.surnameKey());
      }
    }
    for (int i = 0; i < locals.size(); i++) {
      PersonName bare = locals.get(i).get(0).name();
      if (!fullNames(i).isEmpty() || group(find(i)).size() > 1 || surnames.contains(bare.surnameKey())) {
        continue;
      }
      // the family's surname is whose relative the name is ("Mr. Hale's wife, Sandi,"), else
      // any surname its sentence gives
      Set<String> owners = owners(i);
      Set<String> family = locals.get(i).stream()
          .flatMap(m -> surnamesIn.getOrDefault(sentenceOf(m), Set.of()).stream())
          .filter(surname -> !surname.equals(bare.surnameKey())
              && (owners.isEmpty() || owners.contains(surname)))
          .collect(Collectors.toSet());
      Set<String> kin = kin(i);
      // the first name as written or as a short form of it ("Sandi", "Sandra"), of someone the
      // sources give no other kin ("Sandra Hale, his sister" is not the wife)
      Set<Integer> relatives = family.stream()
          .flatMap(surname -> bySurnameKey.getOrDefault(surname, List.of()).stream())
          .filter(j -> fullNames(j).stream().anyMatch(n -> family.contains(n.surnameKey())
              && GivenNames.same(n.given(), bare.surname())))
          .filter(j -> kin.isEmpty() || kin(j).isEmpty() || !Collections.disjoint(kin, kin(j)))
          .map(this::find).collect(Collectors.toSet());
      if (relatives.size() == 1) {
        union(relatives.iterator().next(), i);
      }
    }
  }

  /** The surname keys of whom local {@code i}'s roles make them a relative of: "Mr. Hale's wife". */
  private Set<String> owners(int i) {
    Set<String> owners = new TreeSet<>();
    for (Mention m : locals.get(i)) {
      String role = m.mention().role();
      Matcher owner = role == null ? null : OWNER.matcher(role);
      if (owner != null && owner.find() && RoleRanking.kin(role)) {
        owners.add(PersonName.of(owner.group(1)).surnameKey());
      }
    }
    return owners;
  }

  /** The kin words of local {@code i}'s roles: "wife" for "Mr. Hale's wife", "his sister". */
  private Set<String> kin(int i) {
    Set<String> kin = new TreeSet<>();
    for (Mention m : locals.get(i)) {
      String role = m.mention().role();
      if (role != null && RoleRanking.kin(role)) {
        kin.add(RoleRanking.headWord(role));
      }
    }
    return kin;
  }

  /** A name in the possessive before a relation: "Mr. Hale's wife" (Hale). */
  private static final Pattern OWNER = Pattern.compile("(\\p{Lu}[\\p{L}.-]*)['’]s?\\s");

  private static String sentenceOf(Mention m) {
    return m.article() + "\t" + m.mention().span().sentence();
  }

  /**
   * Whether the group of {@code root} is named in full in two or more articles, or in a tenth of
   * the story's articles or more: someone a reader of the story knows by their surname alone.
   */
  private boolean prominent(int root) {
    Set<String> articles = new TreeSet<>();
    for (int j : group(root)) {
      if (!fullNames(j).isEmpty()) {
        articles.add(locals.get(j).get(0).article());
      }
    }
    return articles.size() >= 2 || articles.size() * 10 >= storyArticles;
  }

  private int sharedRoleWords(int local, int root) {
    return sharedRoleWords(local, root, false);
  }

  /** {@link #sharedRoleWords}, counting only the posts the group's full names are given. */
  private int sharedNamedRoleWords(int local, int root) {
    return sharedRoleWords(local, root, true);
  }

  private int sharedRoleWords(int local, int root, boolean namedOnly) {
    Set<String> mine = roleWords(List.of(local), false);
    mine.retainAll(roleWords(List.copyOf(group(root)), namedOnly));
    return mine.size();
  }

  /** The words of the roles of {@code members}' mentions, of their full names' only if asked. */
  private Set<String> roleWords(List<Integer> members, boolean namedOnly) {
    return members.stream().flatMap(i -> locals.get(i).stream())
        .filter(m -> m.mention().role() != null && !(namedOnly && m.name().bareSurname()))
        .flatMap(m -> List.of(RoleRanking.key(m.mention().role()).split(" ")).stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every mention of the locals in the group of {@code root}. */
  private List<Mention> members(int root) {
    List<Mention> all = new ArrayList<>();
    for (int j : group(root)) {
      all.addAll(locals.get(j));
    }
    return all;
  }

  /** The locals of the group whose root is {@code root}, in index order. */
  private Set<Integer> group(int root) {
    Set<Integer> members = membersByRoot.get(root);
    return members == null ? Set.of(root) : members;
  }

  private List<PersonName> fullNames(int local) {
    return fullNames.get(local);
  }

  /** Joins the groups of {@code a} and {@code b} unless both hold one article (two people of it). */
  private void union(int a, int b) {
    int x = find(a);
    int y = find(b);
    if (groups.joinIfApart(a, b)) {
      TreeSet<Integer> members = new TreeSet<>(group(x));
      members.addAll(group(y));
      membersByRoot.remove(x);
      membersByRoot.remove(y);
      membersByRoot.put(find(a), members);
    }
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
