package briefing.crossref.claims;

import briefing.model.Citation;
import briefing.model.briefing.Claim;
import java.util.List;
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
 * @param phrases the pairs of said words it writes together, as "stem stem": one phrase
 *     ("took place", "back and forth") is one thing said, not two
 * @param whole true for the whole sentence, false for one of its clauses
 * @param continued for a quotation that runs on past its first sentence, the further sentences
 *     it runs through (the words are the whole quotation's); empty for a sentence or a clause
 */
record Statement(Citation citation, String text, Set<String> words, Set<String> said,
    Set<String> phrases, boolean whole, List<Claim.Version> continued) {
  Statement {
    words = Set.copyOf(words);
    said = Set.copyOf(said);
    phrases = Set.copyOf(phrases);
    continued = List.copyOf(continued);
  }

  /** A statement whose said words stand apart: no two make one phrase. */
  Statement(Citation citation, String text, Set<String> words, Set<String> said, boolean whole,
      List<Claim.Version> continued) {
    this(citation, text, words, said, Set.of(), whole, continued);
  }

  /** Whether it has words enough to state a claim. */
  boolean comparable() {
    return words.size() >= Statements.MIN_WORDS;
  }

  boolean quoted() {
    return text.startsWith("“") || text.startsWith("\"");
  }
}
