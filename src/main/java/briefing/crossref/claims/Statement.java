package briefing.crossref.claims;

import briefing.model.Citation;
import java.util.Set;

/**
 * A sentence, or one clause of it, as claims compare it.
 *
 * @param citation where it was read
 * @param text the sentence
 * @param words the content words of the sentence or the clause, stemmed
 * @param said those of them it writes in lower case: what it says, not of whom
 * @param people the people the sentence names or quotes, as the cast's ids
 * @param whole true for the whole sentence, false for one of its clauses
 */
record Statement(Citation citation, String text, Set<String> words, Set<String> said, Set<String> people,
    boolean whole) {
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
