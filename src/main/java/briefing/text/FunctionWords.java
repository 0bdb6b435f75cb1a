package briefing.text;

import java.util.Set;

/**
 * English function words (articles, prepositions, pronouns, auxiliaries) and the reporting
 * verbs of news ("said", "according"), which say nothing about what a sentence is about, and the
 * regular English plural. Comparisons of sentences and of figures add the words of their own
 * concern to this list.
 */
public final class FunctionWords {
  private static final Set<String> WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
      "with", "about", "as", "into", "over", "after", "before", "during", "since", "than", "then",
      "that", "this", "these", "those", "there", "it", "its", "is", "are", "was", "were", "be",
      "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "should", "can",
      "could", "may", "might", "not", "no", "so", "such", "he", "she", "they", "them", "his",
      "her", "their", "we", "our", "you", "i", "who", "which", "what", "when", "where", "while",
      "also", "just", "only", "more", "most", "some", "any", "all", "both", "each", "other", "up",
      "if", "said", "say", "says", "according", "one", "two", "now", "s");

  private FunctionWords() {}

  /** True for a function word or a reporting verb, given in lower case. */
  public static boolean contains(String lowerCaseWord) {
    return WORDS.contains(lowerCaseWord);
  }

  /** An English plural in its singular form, by the regular rules ("casualties" → "casualty"). */
  public static String singular(String word) {
    if (word.length() <= 3 || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    if (word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("men")) {
      return word.substring(0, word.length() - 3) + "man";
    }
    if (word.endsWith("s")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
