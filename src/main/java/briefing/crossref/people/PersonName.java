package briefing.crossref.people;

import briefing.crossref.Remembered;
import briefing.crossref.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as written, read into a given name and a surname, without the honorific and
 * possessive a sentence adds ("Mr Ortega's" is "Ortega").
 *
 * @param form the name without honorific or possessive ("Arkady Ivanov", "Jesse Jackson Jr.")
 * @param given the first given name, or null for a bare surname ("Arkady")
 * @param surname the surname: the last word with any lowercase particles before it ("von der Leyen")
 * @param middle the initials of the names between the given name and the surname ("HW" for
 *     "George H.W. Bush"), empty where none is written
 * @param second the second given name where it is written out ("Barry" in "A. Barry Rand",
 *     "Todd" in "Byron Todd Jones"), the name some people go by; null where none is
 * @param suffix the generation suffix ("jr", "sr", "ii"), empty where none is written; "!jr" for
 *     the namesake of a "Jr." the same article names, written without one (see {@link #namesake})
 */
record PersonName(String form, String given, String surname, String middle, String second,
    String suffix) {
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir",
      "dame", "lord", "lady", "prof", "professor", "rev", "madam", "madame", "monsieur", "herr", "frau",
      // Titles a speaker is often written with ("President X said"): part of the role, not the name.
      "president", "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general",
      "lt", "col", "sgt", "capt", "adm", "secretary", "judge", "justice", "mayor", "pope",
      "chancellor", "premier", "speaker", "ambassador", "minister", "king", "queen", "prince",
      "princess",
      // Titles of the clergy, written before the name as a secular title is.
      "bishop", "archbishop", "cardinal", "reverend", "pastor", "rabbi", "imam", "sheikh", "fr",
      "father", "sister", "brother");
  /** Honorifics that, written inside a name, start it: "Wirral Dr Baker" is a reader's town, then Dr Baker. */
  private static final Set<String> SALUTATIONS = Set.of("mr", "mrs", "ms", "miss", "dr");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  /** Particles that say "son" or "daughter of", never a given name: "Bin Juri" is a surname alone. */
  private static final Set<String> SON_OF = Set.of("bin", "binti", "bint", "ibn");

  /**
   * Names already read: resolving speakers compares a name with every mention of the story; on
   * H1N1 (396 articles) reading the names again each time was half of merging people.
   */
  private static final Remembered<Optional<PersonName>> READ =
      new Remembered<>(written -> Optional.ofNullable(read(written)));
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)['’]s$");
  private static final Pattern APOSTROPHE = Pattern.compile("['’]$");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");
  private static final Pattern PART_BREAK = Pattern.compile("[.\\-]+");

  /** The name {@code written} reads as, or null where nothing of a name is left. */
  static PersonName of(String written) {
    return READ.of(written).orElse(null);
  }

  private static PersonName read(String written) {
    String s = APOSTROPHE.matcher(POSSESSIVE.matcher(written.strip()).replaceAll("")).replaceAll("");
    List<String> words = new ArrayList<>(List.of(WORD_BREAK.split(s)));
    // A nickname in quotes is not a given name: William "Mo" Cowan is William Cowan.
    words.removeIf(w -> w.isEmpty() || w.indexOf('"') >= 0 || w.indexOf('“') >= 0 || w.indexOf('”') >= 0);
    for (int i = words.size() - 2; i > 0; i--) {
      if (SALUTATIONS.contains(bare(words.get(i)))) {
        words.subList(0, i).clear();
        break;
      }
    }
    while (words.size() > 1 && HONORIFICS.contains(bare(words.get(0)))) {
      words.remove(0);
    }
    String suffix = "";
    String suffixWritten = "";
    while (words.size() > 1 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
      suffixWritten = words.remove(words.size() - 1);
      suffix = bare(suffixWritten);
    }
    if (words.isEmpty() || Spelling.plain(String.join(" ", words)).isEmpty()) {
      return null;
    }
    int start = words.size() - 1;
    while (start > 0 && (Character.isLowerCase(words.get(start - 1).charAt(0))
        || start == 1 && SON_OF.contains(bare(words.get(0))))) {
      start--; // "von der Leyen", "bin Salman"; "Bin Juri" at a sentence's start is a surname too
    }
    String surname = String.join(" ", words.subList(start, words.size()));
    String given = start > 0 ? words.get(0) : null;
    StringBuilder middle = new StringBuilder();
    for (String w : start > 1 ? words.subList(1, start) : List.<String>of()) {
      for (String part : PART_BREAK.split(w)) {
        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
          middle.append(part.charAt(0));
        }
      }
    }
    String second = start > 1 && Spelling.plain(words.get(1)).length() > 1 ? words.get(1) : null;
    String form = String.join(" ", words) + (suffixWritten.isEmpty() ? "" : " " + suffixWritten);
    return new PersonName(form, given, surname, middle.toString(), second, suffix);
  }

  /**
   * This name as the namesake of {@code other} (the same name with a suffix) whom the same
   * article names: "Jesse Jackson" beside "Jesse Jackson Jr." is his father, no "Jr.", and so
   * never him in another article either.
   */
  PersonName namesake(PersonName other) {
    return new PersonName(form, given, surname, middle, second, "!" + other.suffix);
  }

  /** Whether this name, written without a suffix, is {@code other}'s name with its suffix left out. */
  boolean namesakeOf(PersonName other) {
    return suffix.isEmpty() && !other.suffix.isEmpty() && !other.suffix.startsWith("!")
        && !bareSurname() && !other.bareSurname() && matches(other)
        && Spelling.plain(given).equals(Spelling.plain(other.given));
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
   * W. Bush", nor "Bush Sr." "Bush Jr."). A first name may be the other's second given name, the
   * one they go by, where the other writes an initial or a first name before it ("A. Barry Rand"
   * and "Barry Rand", "Byron Todd Jones" and "Todd Jones").
   */
  boolean matches(PersonName other) {
    if (!sameSurname(other) || !suffixesFit(suffix, other.suffix)) {
      return false;
    }
    if (bareSurname() || other.bareSurname()) {
      return true;
    }
    if (GivenNames.same(given, other.given)) {
      return middle.isEmpty() || other.middle.isEmpty() || middle.equals(other.middle);
    }
    return goesBy(other) || other.goesBy(this);
  }

  /** Whether {@code other}, written with one given name, is this name's second given name alone. */
  private boolean goesBy(PersonName other) {
    return second != null && other.middle.isEmpty() && GivenNames.same(second, other.given)
        && middle.length() == 1;
  }

  /** Whether two suffixes can be one person's: equal, one unwritten, or a namesake's and another. */
  private static boolean suffixesFit(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
      return true;
    }
    if (a.startsWith("!") || b.startsWith("!")) {
      return !a.equals("!" + b) && !b.equals("!" + a);
    }
    return false;
  }

  /** How many words the name has. */
  int words() {
    return form.split(" ").length;
  }

  private static String bare(String word) {
    return word.replace(".", "").toLowerCase(Locale.ROOT);
  }
}
