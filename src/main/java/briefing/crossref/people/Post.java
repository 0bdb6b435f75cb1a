package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.text.Countries;
import briefing.text.FunctionWords;
import briefing.text.Ranks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A role read as a post: the office it names, known under several names ("top diplomat",
 * "foreign minister", "secretary of state"), its rank, its country and the words that tie it to
 * an organisation ("Vatican spokesman").
 *
 * @param office the office's common name where the role names one the lexicon knows ("foreign
 *     minister"), else null
 * @param ranks the words that make a post another one ("deputy", "vice")
 * @param country the country the role or its affiliation names, or null
 * @param qualifiers the role's other words (the organisation's, "vatican"), without function words
 * @param sex "man" or "woman" where the office's name gives one ("spokeswoman"), else null
 */
record Post(String office, Set<String> ranks, String country, Set<String> qualifiers, String sex) {
  /**
   * Offices under their other names, each name in plain words. The first name is the office's
   * common name. An aide's role names the office it serves ("adviser to the foreign minister"),
   * not that office: see {@link #AIDES}.
   */
  private static final List<List<String>> OFFICES = List.of(
      List.of("foreign minister", "foreign secretary", "secretary of state", "top diplomat",
          "chief diplomat", "minister of foreign affairs", "minister for foreign affairs",
          "foreign affairs minister"),
      List.of("defence minister", "defense minister", "defence secretary", "defense secretary",
          "secretary of defense", "secretary of defence", "minister of defence",
          "minister of defense", "defence chief", "defense chief"),
      List.of("finance minister", "treasury secretary", "secretary of the treasury",
          "minister of finance", "chancellor of the exchequer"),
      List.of("health minister", "health secretary", "minister of health", "secretary of health"),
      List.of("interior minister", "home secretary", "minister of the interior",
          "minister of interior"),
      List.of("prime minister", "premier"),
      List.of("president"),
      // offices with "attorney" in their name first: the first name found is the office
      List.of("attorney general"),
      List.of("district attorney"),
      List.of("lawyer", "attorney", "defense lawyer", "defence lawyer", "defense attorney",
          "solicitor"),
      List.of("spokesperson", "spokesman", "spokeswoman", "press secretary", "spokespeople"));
  /** Words of a role that serve an office rather than hold it. */
  private static final Set<String> AIDES = Set.of("adviser", "advisor", "aide", "aides", "envoy",
      "ambassador", "official", "officials", "staff", "assistant", "counsel");
  /** Words that grade an office without making it another: "top", "senior". */
  private static final Set<String> GRADES = Set.of("top", "senior", "chief", "then", "new", "current");

  Post {
    ranks = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ranks));
    qualifiers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(qualifiers));
  }

  /** Posts already read, by role and affiliation: a story's people give the same roles again and again. */
  private static final Map<String, Post> READ = new ConcurrentHashMap<>();

  /** The post {@code role} names, with {@code affiliation} (a country or organisation, or null). */
  static Post of(String role, String affiliation) {
    return READ.computeIfAbsent(role + "\u0000" + affiliation, k -> read(role, affiliation));
  }

  private static Post read(String role, String affiliation) {
    List<String> words = new ArrayList<>();
    String country = affiliation == null ? null : Countries.of(affiliation);
    for (String w : whose(role.strip().split("\\s+"))) {
      String named = Countries.of(w.replaceAll("[,;:]$", ""));
      if (named != null) {
        country = country == null ? named : country;
        continue;
      }
      String plain = Spelling.plain(w.replaceAll("['’]s$", ""));
      if (!plain.isEmpty()) {
        words.addAll(List.of(plain.split(" ")));
      }
    }
    String text = " " + String.join(" ", words) + " ";
    String office = null;
    String sex = null;
    Set<String> officeWords = Set.of();
    boolean aide = words.stream().anyMatch(AIDES::contains);
    for (List<String> names : OFFICES) {
      for (String name : names) {
        boolean spokes = names.get(0).equals("spokesperson");
        if (text.contains(" " + name + " ") && (spokes || !aide)
            && (office == null || spokes)) {
          office = names.get(0);
          officeWords = Set.of(name.split(" "));
          sex = name.endsWith("woman") ? "woman" : name.endsWith("man") ? "man" : null;
        }
      }
    }
    Set<String> ranks = new TreeSet<>();
    Set<String> qualifiers = new TreeSet<>();
    for (String w : words) {
      if (Ranks.contains(w)) {
        ranks.add(w);
      } else if (!officeWords.contains(w) && !GRADES.contains(w) && !FunctionWords.contains(w)) {
        qualifiers.add(w);
      }
    }
    if (office == null && affiliation != null && country == null) {
      qualifiers.removeAll(List.of(Spelling.plain(affiliation).split(" ")));
    }
    return new Post(office, ranks, country, qualifiers, sex);
  }

  /**
   * {@code role} from its possessor's last name on ("Grove's attorney" for "New Dorset Rep. Alan
   * Grove's attorney"), or {@code role} itself where it names no possessor first.
   */
  static String whose(String role) {
    String[] words = role.strip().split("\\s+");
    List<String> post = whose(words);
    return post.size() == words.length ? role : String.join(" ", post);
  }

  /**
   * A role's words from the last possessive on: whose post it is, by the last word of their name,
   * and the post ("New Dorset Rep. Alan Grove's attorney" is Grove's attorney, as "Grove's
   * lawyer" is; "Ruritania's foreign minister" keeps its country). What comes before, all
   * capitalised, says who the possessor is, not what the post is; a possessive after a post
   * ("spokesperson for the port's board") is the post's organisation.
   */
  private static List<String> whose(String[] words) {
    for (int k = words.length - 2; k > 0; k--) {
      if (words[k].endsWith("'s") || words[k].endsWith("’s")) {
        boolean named = List.of(words).subList(0, k).stream()
            .allMatch(w -> Character.isUpperCase(w.charAt(0)) || w.matches("(?i)the|an?"));
        return named ? List.of(words).subList(k, words.length) : List.of(words);
      }
    }
    return List.of(words);
  }

  /**
   * Whether a person holding {@code held} may be the one this description names: the same known
   * office at the same rank and of the same sex where both name one ("spokesman",
   * "spokeswoman"), the description's qualifiers among the held post's or the held post's, where
   * it names an organisation in two words or more, among the description's ("spokesperson for
   * the port's pilots board" for the pilots board's spokesman; a "department spokeswoman" is not
   * every department's), and the
   * description's country, where it gives one, the person's ({@code countries}).
   */
  boolean describes(Post held, Set<String> countries) {
    return office != null && office.equals(held.office) && ranks.equals(held.ranks)
        && (sex == null || held.sex == null || sex.equals(held.sex))
        && (held.qualifiers.containsAll(qualifiers)
            || held.qualifiers.size() >= 2 && qualifiers.containsAll(held.qualifiers))
        && (country == null || countries.contains(country));
  }

  /** Whether this description says enough to pick a person: a country or an organisation. */
  boolean specific() {
    return office != null && (country != null || !qualifiers.isEmpty());
  }

  /**
   * Whether one person at a time holds this post: an office other than a spokesperson's, of a
   * country, at no lower rank ("Ruritanian Foreign Minister", not a deputy or former one).
   */
  boolean sole() {
    return office != null && !office.equals("spokesperson") && ranks.isEmpty() && country != null;
  }

  /** The office's common name for a role in another country ("foreign minister"), by rank. */
  String commonName() {
    return (ranks.isEmpty() ? "" : String.join(" ", ranks) + " ") + office;
  }
}
