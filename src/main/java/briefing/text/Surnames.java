package briefing.analyze.nlp;

import java.util.Locale;

/** What the people rules and the quote rules both ask of the people an article mentions. */
public final class PersonMentions {
  private PersonMentions() {}

  /** The last word of a name, the key the same person goes by in one article. */
  public static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
