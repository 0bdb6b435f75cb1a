package briefing.analyze.nlp;

import briefing.model.analysis.PersonMention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the people rules and the quote rules both ask of the people an article mentions. */
public final class PersonMentions {
  private PersonMentions() {}

  /**
   * The latest unnamed person in {@code earlier} described by a longer role holding the word
   * {@code head}: "the spokesperson" after "a State Department spokesperson".
   */
  public static Optional<String> fuller(List<PersonMention> earlier, String head) {
    String word = head.toLowerCase(Locale.ROOT);
    String found = null;
    for (PersonMention p : earlier) {
      if (!p.named() && p.role().length() > head.length()
          && List.of(p.role().toLowerCase(Locale.ROOT).split("\\s+")).contains(word)) {
        found = p.role();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The last word of a name, the key the same person goes by in one article. */
  public static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
