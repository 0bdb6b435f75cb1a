package briefing.text;

import java.util.Locale;
import java.util.Set;

/**
 * Plain nouns for a person, which say who someone is without any post: "the man", "the young
 * woman", "a teenager". A description of someone a report does not name, never anyone's role.
 */
public final class PlainPeople {
  private static final Set<String> NOUNS = Set.of("man", "woman", "boy", "girl", "teenager",
      "teen", "youth", "victim", "passenger", "driver", "motorist", "pedestrian", "bystander",
      "gunman", "stranger", "lady", "gentleman");

  private PlainPeople() {}

  /** Whether {@code word}, in any case, is a plain noun for a person. */
  public static boolean noun(String word) {
    return NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }
}
