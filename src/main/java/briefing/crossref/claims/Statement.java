package briefing.crossref.claims;

import briefing.model.Citation;
import java.util.Set;

/**
 * A sentence, or one clause of it, as claims compare it.
 *
 * @param citation where it was read
 * @param text the sentence
 * @param words the content words of the sentence or the clause, stemmed
 * @param said those of them it writes in lower case: what it says, not of whom; a word said
 *     only under a condition ("if it floods") marked with {@link Statements#SUPPOSED} before it, so
 *     that it matches only a word said under a condition, and a word that only attributes
 *     ("told", "called") marked with {@link Statements#ATTRIBUTING}: it says nothing, and it is
 *     no name either
 * @param whole true for the whole sentence, false for one of its clauses
 */
record Statement(Citation citation, String text, Set<String> words, Set<String> said, boolean whole) {
  Statement {
    words = Set.copyOf(words);
    said = Set.copyOf(said);
  }

  /** Whether it has words enough to state a claim. */
  boolean comparable() {
    return words.size() >= Statements.MIN_WORDS;
  }

  boolean quoted() {
    return text.startsWith("“") || text.startsWith("\"");
  }
}
