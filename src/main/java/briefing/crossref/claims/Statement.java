package briefing.crossref.claims;

import briefing.model.Citation;
import java.util.Set;

/**
 * A sentence as claims compare it.
 *
 * @param citation where it was read
 * @param text the sentence
 * @param words its content words, stemmed
 * @param said those of them it writes in lower case: what it says, not of whom
 * @param people the people it names or quotes, as the cast's ids
 */
record Statement(Citation citation, String text, Set<String> words, Set<String> said, Set<String> people) {
  Statement {
    words = Set.copyOf(words);
    said = Set.copyOf(said);
    people = Set.copyOf(people);
  }

  /** Whether it has words enough to state a claim of its own; a shorter one joins by its quote only. */
  boolean comparable() {
    return words.size() >= Statements.MIN_WORDS;
  }

  boolean quoted() {
    return text.startsWith("“") || text.startsWith("\"");
  }
}
