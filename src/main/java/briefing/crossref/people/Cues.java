package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.crossref.people.LocalPeople.Mention;
import briefing.model.analysis.PersonMention.Gender;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
  /** Words of a role that say nothing of which post it is. */
  private static final Set<String> GENERAL = Set.of("former", "then", "the", "a", "an", "of", "for",
      "and", "in", "at", "to", "s", "his", "her", "their", "its", "acting", "new", "late", "top",
      "senior", "chief", "deputy", "vice", "us", "u", "american", "state", "national", "house");

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
    if (title.isEmpty()) {
      return true;
    }
    List<String> roles = person.stream().filter(m -> !m.name().bareSurname())
        .map(m -> m.mention().role()).filter(r -> r != null).toList();
    if (roles.isEmpty()) {
      return true;
    }
    Set<String> held = words(roles);
    held.retainAll(title);
    return !held.isEmpty();
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
      for (String w : Spelling.plain(role).split(" ")) {
        String word = ABBREVIATIONS.getOrDefault(w, w);
        if (!word.isEmpty() && !GENERAL.contains(word)) {
          words.add(word);
        }
      }
    }
    return words;
  }
}
