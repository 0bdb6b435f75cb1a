package briefing.crossref.people;

import briefing.crossref.Attestations;
import briefing.crossref.Spelling;
import briefing.model.briefing.Attested;
import briefing.text.Countries;
import briefing.text.Kin;
import briefing.text.PlainPeople;
import briefing.text.Parties;
import briefing.text.Relations;
import briefing.text.ShortTitles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's roles, best first: the role most sources support, where a source that gives a more
 * general role ("Deputy Foreign Minister") supports a more specific one that holds all its words
 * ("Ruritanian Deputy Foreign Minister"); then the role more sources give themselves, then the more
 * specific, then the more cited.
 */
final class RoleRanking {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /**
   * Words that tie someone to another person, not to a post ("counterpart", "ally", and kin):
   * never the role a person is ranked by while they hold another.
   */
  private static final Set<String> RELATIONAL = Stream.of(Kin.nouns().stream(),
      Relations.nouns().stream(), Stream.of("counterpart", "counterparts", "ally", "allies",
          "colleagues", "partner", "rival", "predecessor", "successor", "opponent", "critic",
          "clients", "employer"))
      .flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

  /** Words that open a role's complement, after its head word ("spokesman for X"). */
  private static final Set<String> COMPLEMENTS = Set.of("for", "of", "at", "to", "with", "in", "on");
  /** Each role's words, once read: ranking compares every role with every other. */
  private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();

  private RoleRanking() {}

  /** The key roles written alike but for case, dots and articles share ("the U.S. envoy", "US envoy"). */
  static String key(String role) {
    return String.join(" ", words(role));
  }

  /**
   * Whether {@code role}'s head word ties someone to another person ("his Latvian counterpart"):
   * the last word before a complement ("spokesman for the firm's partner" is a spokesman).
   */
  static boolean relational(String role) {
    return RELATIONAL.contains(headWord(role));
  }

  /**
   * Whether {@code role}'s head word is a plain noun for a person ("the young man", "a woman"):
   * no post, and, as a relation, one person of each report only.
   */
  static boolean plain(String role) {
    return PlainPeople.noun(headWord(role));
  }

  /** Whether {@code role}'s head word is kin ("his wife", "a son of the mayor"), as {@link #relational}. */
  static boolean kin(String role) {
    return Kin.noun(headWord(role));
  }

  /** The last word before a complement, or "" for no words ("spokesman for the firm's partner": spokesman). */
  static String headWord(String role) {
    List<String> words = words(role);
    int end = words.size();
    for (int i = 1; i < words.size(); i++) {
      if (COMPLEMENTS.contains(words.get(i))) {
        end = i;
        break;
      }
    }
    return end > 0 ? words.get(end - 1) : "";
  }

  /**
   * Whether {@code role} tells no post, only a group or a side someone belongs to: "One of the
   * most senior Liberals in the assembly", "New York Democrat", "46-year-old" (a writer's
   * description, which joins the person it describes).
   */
  static boolean namesNoPost(String role) {
    return NO_POST.matcher(role.strip()).matches() || namesAParty(role);
  }

  /**
   * Whether {@code role} tells only the party someone belongs to, with their place: "Virginia
   * Republican", "Democrat of Washington".
   */
  static boolean namesAParty(String role) {
    return PARTY.matcher(role.strip()).matches();
  }

  /** The party {@code role} names ("republican"), or null. */
  static String party(String role) {
    Matcher m = PARTY_WORD.matcher(role);
    return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
  }

  private static final String PARTIES = Parties.alternation();
  private static final Pattern PARTY_WORD = Pattern.compile("(?i)\\b(?:" + PARTIES + ")\\b");
  private static final Pattern PARTY = Pattern.compile("(?i)(?:the |an? )?(?:[\\p{L}.'’-]+ ){0,3}(?:"
      + PARTIES + ")(?: (?:of|from) .+)?");
  private static final Pattern NO_POST = Pattern.compile("(?i)(?:the |an? )?(?:one of .+|\\d{1,3}-year-old)");

  /**
   * {@code roles} ranked best first; a relational role ("counterpart") and one that names no post
   * ("Virginia Republican") after every other.
   */
  static List<Attested> rank(List<Attested> roles) {
    Map<Attested, Integer> support = new HashMap<>();
    for (Attested role : roles) {
      Set<String> words = Set.copyOf(words(role.value()));
      Set<String> sources = new TreeSet<>();
      for (Attested other : roles) {
        if (words.containsAll(words(other.value()))) {
          sources.addAll(other.sources());
        }
      }
      support.put(role, sources.size());
    }
    return roles.stream()
        .sorted(Comparator.comparing((Attested r) -> relational(r.value()) || namesNoPost(r.value()))
            .thenComparingInt(r -> -support.get(r))
            .thenComparingInt(r -> -r.sources().size()) // "President" before "everything President"
            .thenComparingInt(r -> -words(r.value()).size())
            .thenComparing(Attestations.MOST_CITED))
        .toList();
  }

  /**
   * The role's plain words, a country written any way as its name and a title written short as
   * written out: "Japan's finance minister" and "Japanese Finance Minister" have the same words,
   * as have "U.S. envoy" and "US envoy", "Sen." and "Senator".
   */
  private static List<String> words(String role) {
    return WORDS.computeIfAbsent(role, RoleRanking::wordsOf);
  }

  private static List<String> wordsOf(String role) {
    List<String> words = new ArrayList<>();
    for (String written : role.strip().split("\\s+")) {
      String country = Countries.of(written.replaceAll("[,;:]$", ""));
      for (String w : Spelling.plain(country == null ? written : country).split(" ")) {
        if (!w.isEmpty() && !ARTICLES.contains(w)) {
          words.add(ShortTitles.writtenOut(w).orElse(w));
        }
      }
    }
    return List.copyOf(words);
  }
}
