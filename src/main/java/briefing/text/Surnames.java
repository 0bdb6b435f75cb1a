package briefing.text;

import java.util.Locale;

/** The key a person goes by in one article, which the people rules, the quote rules and the site share. */
public final class Surnames {
  private Surnames() {}

  /** The last word of a name, lower case: "Ann Cole" and "Cole" are "cole". */
  public static String of(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
