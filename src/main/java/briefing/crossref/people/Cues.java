package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.crossref.people.LocalPeople.Mention;
import briefing.model.analysis.PersonMention.Gender;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Whether a mention can be a person by what the text says besides the name: their sex ("Mr",
 * "she") and their title ("President X" is not the person the text calls first lady).
 */
final class Cues {
  /** Abbreviated titles and the word each stands for. */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("gov", "governor"),
      Map.entry("gen", "general"), Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"),
      Map.entry("sgt", "sergeant"), Map.entry("capt", "captain"), Map.entry("adm", "admiral"),
      Map.entry("pres", "president"), Map.entry("sec", "secretary"), Map.entry("atty", "attorney"),
      Map.entry("supt", "superintendent"), Map.entry("congressman", "representative"),
      Map.entry("congresswoman", "representative"), Map.entry("lawmaker", "representative"));
  /** "ex-" before a post: "the ex-congressman", the former congressman; not "Ex-Im Bank". */
  private static final Pattern EX = Pattern.compile("\\b[Ee]x-(?=\\p{L}{3})");
  /** Words of a role that say nothing of which post it is. */
  private static final Set<String> GENERAL = Set.of("former", "then", "the", "a", "an", "of", "for",
      "and", "in", "at", "to", "s", "his", "her", "their", "its", "acting", "new", "late", "top",
      "senior", "chief", "deputy", "vice", "us", "u", "american", "state", "national", "house");

  /**
   * Titles held beside a post, not instead of one: a representative chairs a committee, a senator
   * leads the majority. "Chairman X" does not set X apart from Rep. Jo X.
   */
  private static final Set<String> HELD_BESIDE = Set.of("chairman", "chairwoman", "chair",
      "chairperson", "leader", "majority", "minority", "whip", "ranking");

  /** Honorifics that give a sex, as written before a name. */
  private static final Map<String, Gender> SEX_BY_HONORIFIC = Map.of("mr", Gender.MALE, "mrs", Gender.FEMALE,
      "ms", Gender.FEMALE, "miss", Gender.FEMALE);

  private Cues() {}

  /** Whether {@code mention}'s sex, where the text gives one, is not the opposite of {@code person}'s. */
  static boolean sameSex(List<Mention> person, Mention mention) {
    Gender g = mention.mention().gender();
    Gender theirs = sex(person);
    return g == null || theirs == null || g == theirs;
  }

  /**
   * Whether a bare surname {@code mention} fits {@code person}: the same sex, and a title the
   * person holds where both the mention and the person's full-name mentions give one.
   */
  static boolean compatible(List<Mention> person, Mention mention) {
    if (!sameSex(person, mention)) {
      return false;
    }
    Set<String> title = words(List.of(mention.mention().role() == null ? "" : mention.mention().role()));
    if (HELD_BESIDE.containsAll(title)) {
      return true;
    }
    List<String> roles = person.stream().filter(m -> !m.name().bareSurname())
        .map(m -> m.mention().role()).filter(r -> r != null).toList();
    if (roles.isEmpty()) {
      return true;
    }
    return share(words(roles), title);
  }

  /**
   * Whether what is written with {@code mention}'s name sets it apart from {@code person}: an
   * honorific of the other sex ("Mrs X" for a man), or a title right before the name that the
   * person does not hold. A pronoun's sex or a role read from elsewhere in the sentence does not:
   * they are often another person's.
   */
  static boolean contradicts(List<Mention> person, Mention mention) {
    Gender written = honorific(mention);
    Gender theirs = sex(person);
    if (written != null && theirs != null && written != theirs) {
      return true;
    }
    if (!titled(mention) || HELD_BESIDE.containsAll(words(List.of(mention.mention().role())))) {
      return false;
    }
    List<String> roles = person.stream().filter(m -> !m.name().bareSurname())
        .map(m -> m.mention().role()).filter(r -> r != null).toList();
    return !roles.isEmpty() && !share(words(roles), words(List.of(mention.mention().role())));
  }

  /**
   * Whether no honorific written with {@code mention}'s name gives the other sex than one written
   * with a name of {@code person}'s: "Mr. X" and "Mrs. X" are two people, "Mr. X" and an X near
   * a "she" need not be.
   */
  static boolean honorificsAgree(List<Mention> person, Mention mention) {
    Gender written = honorific(mention);
    return written == null || person.stream().map(Cues::honorific)
        .noneMatch(g -> g != null && g != written);
  }

  /** The sex an honorific written right before the name gives ("Mrs Vance"), or null. */
  private static Gender honorific(Mention mention) {
    String before = before(mention);
    return SEX_BY_HONORIFIC.get(before.substring(before.lastIndexOf(' ') + 1));
  }

  /** The plain words written before the mention's name (its honorific and title among them). */
  private static String before(Mention mention) {
    String written = Spelling.plain(mention.written());
    int at = written.lastIndexOf(Spelling.plain(mention.name().form()));
    return at < 0 ? "" : written.substring(0, at).strip();
  }

  /**
   * Whether the mention's role is written as a title right before its name ("Sen. Reid"), in
   * capitals as titles are: in "the president Reid worked for" no title is written.
   */
  private static boolean titled(Mention mention) {
    String role = mention.mention().role();
    if (role == null || role.isBlank() || !Character.isUpperCase(role.strip().charAt(0))) {
      return false;
    }
    String before = before(mention);
    String plainRole = Spelling.plain(role);
    return !plainRole.isEmpty() && (before.endsWith(" " + plainRole) || before.equals(plainRole));
  }

  /** Whether one of {@code roles} is the post {@code mention}'s title names. */
  static boolean holds(List<String> roles, Mention mention) {
    return share(words(roles), words(List.of(mention.mention().role())));
  }

  /**
   * Whether two sets of post words share one, by their first five letters: "Sen." (senator) is a
   * title of the "Senate Majority Leader".
   */
  private static boolean share(Set<String> a, Set<String> b) {
    Set<String> stems = new TreeSet<>();
    a.forEach(w -> stems.add(stem(w)));
    return b.stream().anyMatch(w -> stems.contains(stem(w)));
  }

  private static String stem(String word) {
    return word.length() > 5 ? word.substring(0, 5) : word;
  }

  /** The sex most of {@code person}'s mentions give, or null where none does or they tie. */
  static Gender sex(Collection<Mention> person) {
    int male = 0;
    int female = 0;
    for (Mention m : person) {
      Gender g = m.mention().gender();
      if (g == Gender.MALE) {
        male++;
      } else if (g == Gender.FEMALE) {
        female++;
      }
    }
    return male > female ? Gender.MALE : female > male ? Gender.FEMALE : null;
  }

  /** The words that name a post in {@code roles}, abbreviations spelt out. */
  static Set<String> words(List<String> roles) {
    Set<String> words = new TreeSet<>();
    for (String role : roles) {
      for (String w : Spelling.plain(formerly(role)).split(" ")) {
        String word = ABBREVIATIONS.getOrDefault(w, w);
        if (!word.isEmpty() && !GENERAL.contains(word)) {
          words.add(word);
        }
      }
    }
    return words;
  }

  /** {@code role} with "ex-" before a post written out as "former ": "ex-congressman". */
  static String formerly(String role) {
    return EX.matcher(role).replaceAll("former ");
  }
}
