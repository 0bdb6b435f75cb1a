package briefing.crossref;

import briefing.text.Accents;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Spelling comparisons shared by people, organisations and places: plain forms that ignore case,
 * accents and punctuation, transliteration-aware keys, and acronyms.
 */
public final class Spelling {
  private static final Set<String> MINOR = Set.of("of", "for", "and", "the", "in", "on", "to", "&");
  /**
   * Plain and phonetic forms already worked out. Merging people compares every name with its
   * neighbours' many times over; on H1N1 (396 articles) working the forms out again each time was
   * a third of cross-referencing. Cleared when full, so a long-running server stays bounded.
   */
  private static final int REMEMBERED = 100_000;
  private static final Map<String, String> PLAIN = new ConcurrentHashMap<>();
  private static final Map<String, String> PHONETIC = new ConcurrentHashMap<>();

  private Spelling() {}

  /**
   * Lowercase ASCII words separated by single spaces: "U.S." and "US" give "us",
   * "Co-operation" gives "cooperation".
   */
  public static String plain(String s) {
    return remembered(PLAIN, s, Spelling::plainOf);
  }

  private static String plainOf(String s) {
    String ascii = Accents.fold(s);
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[.’'`-]", "").replaceAll("[^a-z0-9]+", " ").strip();
  }

  /**
   * A name with case, punctuation and spaces taken out, accents kept: the forms that differ only
   * in how they are typed ("U.S." / "US" / "U.S", "Washington" / "WASHINGTON") share it, while
   * "Miriv" and "Mirïv" do not.
   */
  public static String trivial(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", "");
  }

  /**
   * One word as it sounds across transliterations: "Arkadi" and "Arkady" give "arkadi",
   * "Dostoyevsky" and "Dostoevsky" "dostoevski", "Aleksandr" "alexandr", "Volodymyr" "volodimir".
   */
  public static String phonetic(String word) {
    return remembered(PHONETIC, word, Spelling::phoneticOf);
  }

  private static String phoneticOf(String word) {
    String w = plain(word).replace(" ", "");
    w = w.replace("ks", "x").replace("ph", "f").replace('w', 'v').replace('y', 'i');
    return w.replaceAll("(.)\\1+", "$1");
  }

  private static String remembered(Map<String, String> forms, String s, Function<String, String> work) {
    String known = forms.get(s);
    if (known != null) {
      return known;
    }
    if (forms.size() >= REMEMBERED) {
      forms.clear();
    }
    String form = work.apply(s);
    forms.put(s, form);
    return form;
  }

  /** The first letter and the consonants of a phonetic form: "mirov" and "miriv" give "mrv". */
  public static String skeleton(String phonetic) {
    if (phonetic.isEmpty()) {
      return phonetic;
    }
    return phonetic.charAt(0) + phonetic.substring(1).replaceAll("[aeiou]", "");
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
    String letters = name.replaceAll("[.&]", "");
    return letters.matches("[A-Z][A-Za-z]{1,7}")
        && letters.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** Whether {@code name} may be an acronym: written as one, or a word of up to four letters ("Nato"). */
  public static boolean maybeAcronym(String name) {
    return acronymLike(name) || name.matches("[A-Z][a-z]{1,3}");
  }

  /** Whether {@code acronym} spells the initials of {@code name}'s words, minor words counted or not. */
  public static boolean initialsOf(String acronym, String name) {
    String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    List<String> words = List.of(Normalizer.normalize(name, Normalizer.Form.NFKD).split("[\\s-]+"));
    if (letters.length() < 2 || words.size() < 2) {
      return false;
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
    return letters.contentEquals(all) || letters.contentEquals(major);
  }

  /**
   * A plain form with British spellings made American and a leading "the" dropped, so
   * "the Organisation for Security and Co-operation" and "Organization for Security and
   * Cooperation" give one key.
   */
  public static String key(String name) {
    List<String> words = new ArrayList<>();
    for (String word : plain(name).split(" ")) {
      words.add(word.replaceAll("is(e|es|ed|ing|ation|ations)$", "iz$1")
          .replaceAll("our$", "or").replaceAll("ence$", "ense").replaceAll("tre$", "ter")
          .replaceAll("mme$", "m"));
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return String.join(" ", words);
  }
}
