package briefing.crossref.people;

import briefing.crossref.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name as written, read into a given name and a surname, without the honorific,
 * possessive and suffix a sentence adds ("Mr Ortega's" is "Ortega").
 *
 * @param form the name without honorific, possessive or suffix ("Arkady Ivanov")
 * @param given the first given name, or null for a bare surname ("Arkady")
 * @param surname the surname: the last word with any lowercase particles before it ("von der Leyen")
 * @param middle the initials of the names between the given name and the surname ("HW" for
 *     "George H.W. Bush"), empty where none is written
 * @param suffix the generation suffix ("jr", "sr", "ii"), empty where none is written
 */
record PersonName(String form, String given, String surname, String middle, String suffix) {
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir",
      "dame", "lord", "lady", "prof", "professor", "rev", "madam", "madame", "monsieur", "herr", "frau",
      // Titles a speaker is often written with ("President X said"): part of the role, not the name.
      "president", "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general",
      "lt", "col", "sgt", "capt", "adm", "secretary", "judge", "justice", "mayor", "pope",
      "chancellor", "premier", "speaker", "ambassador", "minister", "king", "queen", "prince",
      "princess");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** The name {@code written} reads as, or null where nothing of a name is left. */
  static PersonName of(String written) {
    String s = written.strip().replaceAll("(?i)['’]s$", "").replaceAll("['’]$", "");
    List<String> words = new ArrayList<>(List.of(s.split("[\\s,]+")));
    words.removeIf(String::isEmpty);
    while (words.size() > 1 && HONORIFICS.contains(bare(words.get(0)))) {
      words.remove(0);
    }
    String suffix = "";
    while (words.size() > 1 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
      suffix = bare(words.remove(words.size() - 1));
    }
    if (words.isEmpty() || Spelling.plain(String.join(" ", words)).isEmpty()) {
      return null;
    }
    int start = words.size() - 1;
    while (start > 0 && Character.isLowerCase(words.get(start - 1).charAt(0))) {
      start--; // "von der Leyen", "bin Salman"
    }
    String surname = String.join(" ", words.subList(start, words.size()));
    String given = start > 0 ? words.get(0) : null;
    StringBuilder middle = new StringBuilder();
    for (String w : start > 1 ? words.subList(1, start) : List.<String>of()) {
      for (String part : w.split("[.\\-]+")) {
        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
          middle.append(part.charAt(0));
        }
      }
    }
    return new PersonName(String.join(" ", words), given, surname, middle.toString(), suffix);
  }

  /** Whether this is a surname alone. */
  boolean bareSurname() {
    return given == null;
  }

  /** The surname as it sounds across transliterations. */
  String surnameKey() {
    return Spelling.phonetic(surname);
  }

  /** Whether {@code other} has this surname, allowing for transliteration ("Dostoevsky" / "Dostoyevsky"). */
  boolean sameSurname(PersonName other) {
    return Spelling.close(surnameKey(), other.surnameKey());
  }

  /**
   * Whether {@code other} can be the same person: same surname and, where both give them, the same
   * first name, the same middle initials and the same suffix ("George H.W. Bush" is not "George
   * W. Bush", nor "Bush Sr." "Bush Jr.").
   */
  boolean matches(PersonName other) {
    if (!sameSurname(other)
        || !suffix.isEmpty() && !other.suffix.isEmpty() && !suffix.equals(other.suffix)) {
      return false;
    }
    if (bareSurname() || other.bareSurname()) {
      return true;
    }
    return GivenNames.same(given, other.given)
        && (middle.isEmpty() || other.middle.isEmpty() || middle.equals(other.middle));
  }

  /** How many words the name has. */
  int words() {
    return form.split(" ").length;
  }

  private static String bare(String word) {
    return word.replace(".", "").toLowerCase(Locale.ROOT);
  }
}
