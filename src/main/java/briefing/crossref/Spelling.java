package briefing.crossref;

import briefing.text.Accents;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Spelling comparisons shared by people, organisations and places: plain forms that ignore case,
 * accents and punctuation, transliteration-aware keys, and acronyms.
 */
public final class Spelling {
  private static final Set<String> MINOR = Set.of("of", "for", "and", "the", "in", "on", "to", "&");
  /** Plain, phonetic and key forms already worked out. */
  private static final Remembered<String> PLAIN = new Remembered<>(Spelling::plainOf);
  private static final Remembered<String> PHONETIC = new Remembered<>(Spelling::phoneticOf);
  private static final Remembered<String> KEY = new Remembered<>(Spelling::keyOf);
  private static final Pattern TYPED = Pattern.compile("[.’'`-]");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern PUNCTUATION_AND_SPACE = Pattern.compile("[\\p{P}\\p{S}\\s]+");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
  private static final Pattern ACRONYM_MARKS = Pattern.compile("[.&]");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z]{1,7}");
  private static final Pattern SHORT_WORD = Pattern.compile("[A-Z][a-z]{1,3}");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

  private Spelling() {}

  /**
   * Lowercase ASCII words separated by single spaces: "U.S." and "US" give "us",
   * "Co-operation" gives "cooperation".
   */
  public static String plain(String s) {
    return PLAIN.of(s);
  }

  private static String plainOf(String s) {
    String ascii = Accents.fold(s);
    String lower = TYPED.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    return NOT_ALPHANUMERIC.matcher(lower).replaceAll(" ").strip();
  }

  /**
   * A name with case, punctuation and spaces taken out, accents kept: the forms that differ only
   * in how they are typed ("U.S." / "US" / "U.S", "London" / "LONDON") share it, while
   * "Miriv" and "Mirïv" do not.
   */
  public static String trivial(String s) {
    return PUNCTUATION_AND_SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * One word as it sounds across transliterations: "Arkadi" and "Arkady" give "arkadi",
   * "Dostoyevsky" and "Dostoevsky" "dostoevski", "Aleksandr" "alexandr", "Volodymyr" "volodimir".
   */
  public static String phonetic(String word) {
    return PHONETIC.of(word);
  }

  private static String phoneticOf(String word) {
    String w = plain(word).replace(" ", "");
    w = w.replace("ks", "x").replace("ph", "f").replace('w', 'v').replace('y', 'i');
    return DOUBLED.matcher(w).replaceAll("$1");
  }

  /** The first letter and the consonants of a phonetic form: "mirov" and "miriv" give "mrv". */
  public static String skeleton(String phonetic) {
    if (phonetic.isEmpty()) {
      return phonetic;
    }
    StringBuilder skeleton = new StringBuilder().append(phonetic.charAt(0));
    for (int i = 1; i < phonetic.length(); i++) {
      char c = phonetic.charAt(i);
      if ("aeiou".indexOf(c) < 0) {
        skeleton.append(c);
      }
    }
    return skeleton.toString();
  }

  /**
   * Whether two phonetic forms are close enough to be one name: equal, or one edit apart in a
   * name of five letters or more that ends alike ("alexandr" / "alexander", but not "maria" /
   * "mario", whose endings mark different people).
   */
  public static boolean close(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= 5 && a.charAt(a.length() - 1) == b.charAt(b.length() - 1)
        && distance(a, b) <= 1;
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Whether {@code name} is written as an acronym: one word of two to eight letters, two capitals or more. */
  public static boolean acronymLike(String name) {
    String letters = ACRONYM_MARKS.matcher(name).replaceAll("");
    return ACRONYM.matcher(letters).matches()
        && letters.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** Whether {@code name} may be an acronym: written as one, or a word of up to four letters ("Opec"). */
  public static boolean maybeAcronym(String name) {
    return acronymLike(name) || SHORT_WORD.matcher(name).matches();
  }

  /** The letters of {@code acronym}, upper case, as {@link #initials} spells names: "OPEC" for "Opec". */
  public static String letters(String acronym) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < acronym.length(); i++) {
      char c = acronym.charAt(i);
      if (c < 128 && Character.isLetter(c)) {
        letters.append(Character.toUpperCase(c));
      }
    }
    return letters.toString();
  }

  /**
   * The acronyms {@code name} may be written as: the initials of all its words, and of its words
   * other than minor ones ("OPEC" for "Organization of the Petroleum Exporting Countries"); none
   * for one word. An acronym of fewer than two letters is none.
   */
  public static Set<String> initials(String name) {
    List<String> words = List.of(WORD_BREAK.split(Normalizer.normalize(name, Normalizer.Form.NFKD)));
    if (words.size() < 2) {
      return Set.of();
    }
    StringBuilder all = new StringBuilder();
    StringBuilder major = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        continue;
      }
      char initial = Character.toUpperCase(word.charAt(0));
      all.append(initial);
      if (!MINOR.contains(word.toLowerCase(Locale.ROOT))) {
        major.append(initial);
      }
    }
    Set<String> initials = new TreeSet<>();
    for (StringBuilder spelled : List.of(all, major)) {
      if (spelled.length() >= 2) {
        initials.add(spelled.toString());
      }
    }
    return initials;
  }

  /**
   * A plain form with British spellings made American and a leading "the" dropped, so
   * "the Organisation for Security and Co-operation" and "Organization for Security and
   * Cooperation" give one key.
   */
  public static String key(String name) {
    return KEY.of(name);
  }

  private static final Pattern BRITISH_IZE = Pattern.compile("is(e|es|ed|ing|ation|ations)$");

  private static String keyOf(String name) {
    List<String> words = new ArrayList<>();
    for (String word : plain(name).split(" ")) {
      words.add(american(word));
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** A word with its British ending made American: "organisation", "colour", "centre", "programme". */
  private static String american(String word) {
    String w = BRITISH_IZE.matcher(word).replaceFirst("iz$1");
    for (String[] ending : BRITISH_ENDINGS) {
      if (w.endsWith(ending[0])) {
        return w.substring(0, w.length() - ending[0].length()) + ending[1];
      }
    }
    return w;
  }

  private static final String[][] BRITISH_ENDINGS = {{"our", "or"}, {"ence", "ense"}, {"tre", "ter"}, {"mme", "m"}};
}
