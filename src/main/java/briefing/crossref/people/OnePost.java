package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.crossref.people.LocalPeople.Mention;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two people of one surname, written with different first names, are one person by the post the sources give them: a country has one prime minister or foreign
 * minister at a time, so "Estonian Prime Minister Bibi Ortal" and "Estonian Prime Minister
 * Benjamin Ortal" are one man under a nickname; and a first name one letter off, with a post in
 * common ("Health Secretary Nicola Vane", "Nicolas Vane, the health secretary"), is a typing slip
 * where that post is not one many hold at once (two Republican representatives may be kin); so
 * is a surname spelt otherwise with the same first name ("Ada Okonkwo", "Ada Okonkwu").
 * A post written "former" is held by many in turn and joins no one.
 */
final class OnePost {
  /** Post words many people hold at once: two Republican representatives may be brothers. */
  private static final Set<String> MANY_HOLD = Set.of("representative", "senator", "republican",
      "democrat", "democratic", "member", "lawmaker", "mp", "official", "officials", "party");

  private OnePost() {}

  /** Whether the people of mentions {@code a} and of mentions {@code b} are one person. */
  static boolean samePerson(List<Mention> a, List<Mention> b) {
    // Only an honorific sets them apart by sex: the sex a first name gives is what a slip changes.
    if (!b.stream().allMatch(m -> Cues.honorificsAgree(a, m))) {
      return false;
    }
    boolean slip = false;
    boolean otherName = false;
    for (PersonName m : fullNames(a)) {
      for (PersonName n : fullNames(b)) {
        if (m.sameSurname(n) && m.suffix().equals(n.suffix()) && !m.matches(n)) {
          otherName = true;
          slip |= slip(m.given(), n.given()) && (m.middle().isEmpty() || n.middle().isEmpty()
              || m.middle().equals(n.middle()));
        } else if (surnameSpeltOtherwise(m, n)) {
          otherName = true;
          slip = true;
        }
      }
    }
    if (!otherName || formerly(a) || formerly(b)) {
      return false;
    }
    Set<String> soleA = solePosts(a);
    soleA.retainAll(solePosts(b));
    if (!soleA.isEmpty()) {
      return true;
    }
    Set<String> postWords = Cues.words(roles(a));
    postWords.retainAll(Cues.words(roles(b)));
    postWords.removeAll(MANY_HOLD);
    return slip && !postWords.isEmpty();
  }

  /**
   * Whether two names are one first name with a surname spelt otherwise, beyond a transliteration
   * {@link PersonName#sameSurname} allows: the same consonants in the same order ("Ada Okonkwo",
   * "Ada Okonkwu"; "Ada Okonkwo" and "Ada Okafor" are not).
   */
  static boolean surnameSpeltOtherwise(PersonName m, PersonName n) {
    if (m.bareSurname() || n.bareSurname() || m.sameSurname(n) || !m.suffix().equals(n.suffix())
        || Spelling.plain(m.given()).length() < 2 || !GivenNames.same(m.given(), n.given())) {
      return false;
    }
    String x = m.surnameKey();
    String y = n.surnameKey();
    return Math.min(x.length(), y.length()) >= 5 && surnameSkeleton(m).equals(surnameSkeleton(n));
  }

  /** The consonant skeleton of a name's surname: names spelt otherwise are compared only where it is shared. */
  static String surnameSkeleton(PersonName name) {
    return Spelling.skeleton(name.surnameKey());
  }

  /** Whether two first names are one letter apart, the first letter kept ("Nicola" / "Nicolas"). */
  private static boolean slip(String a, String b) {
    String x = Spelling.plain(a);
    String y = Spelling.plain(b);
    return Math.min(x.length(), y.length()) >= 3 && x.charAt(0) == y.charAt(0)
        && Spelling.distance(x, y) == 1;
  }

  /** The posts one person holds at a time that the mentions give, as office, country and qualifiers. */
  private static Set<String> solePosts(List<Mention> mentions) {
    Set<String> posts = new TreeSet<>();
    for (Post post : posts(mentions)) {
      if (post.sole()) {
        posts.add(post.office() + "|" + post.country() + "|" + post.qualifiers());
      }
    }
    return posts;
  }

  /** Whether a mention gives an office as a former one: a post that others held too. */
  private static boolean formerly(List<Mention> mentions) {
    return posts(mentions).stream().anyMatch(p -> p.office() != null && p.ranks().contains("former"));
  }

  private static List<Post> posts(List<Mention> mentions) {
    return mentions.stream()
        .filter(m -> !m.name().bareSurname() && m.mention().role() != null
            && !RoleRanking.relational(m.mention().role()))
        .map(m -> Post.of(m.mention().role(), m.mention().affiliation())).toList();
  }

  private static List<String> roles(List<Mention> mentions) {
    return mentions.stream().filter(m -> !m.name().bareSurname()).map(m -> m.mention().role())
        .filter(r -> r != null && !RoleRanking.relational(r)).toList();
  }

  private static List<PersonName> fullNames(List<Mention> mentions) {
    return mentions.stream().map(Mention::name).filter(n -> !n.bareSurname()).toList();
  }
}
