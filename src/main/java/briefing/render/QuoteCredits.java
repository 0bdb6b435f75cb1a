package briefing.render;

import java.util.Map;

/**
 * Why a quote is credited to its speaker, in words for readers: each attribution rule the analysis
 * names (see {@code briefing.analyze.quotes}) as one plain sentence, for the "why?" beside a quote.
 */
final class QuoteCredits {
  /** A rule's name, then its sentence; "+pronoun" after a name adds {@link #PRONOUN}. */
  private static final Map<String, String> RULES = Map.of(
      "quote-then-speaker", "Credited because the sentence names the speaker right after the quote.",
      "speaker-then-quote", "Credited because the sentence names the speaker just before the quote.",
      "speaker-in-next-sentence", "Credited because the short sentence after the quote names the speaker.",
      "continued-quote", "Credited to the speaker of the quote just before: it carries on, with nobody else named in between.",
      "sentence-subject", "Credited because the speaker is who the sentence is about: the quoted words are part of what they said.");
  private static final String PRONOUN =
      " The source says “he” or “she” there, and only one person named just before can be meant.";
  private static final String OTHER = "Credited by the way the sentence around the quote names the speaker.";
  private static final String UNATTRIBUTED = "Not credited: the source does not make clear who said it.";
  private static final String SUFFIX = "+pronoun";

  private QuoteCredits() {}

  /** The sentence for {@code rule}; a rule this list does not know gets a general one. */
  static String explain(String rule) {
    if (rule == null || rule.equals("unattributed")) {
      return UNATTRIBUTED;
    }
    boolean pronoun = rule.endsWith(SUFFIX);
    String base = pronoun ? rule.substring(0, rule.length() - SUFFIX.length()) : rule;
    return RULES.getOrDefault(base, OTHER) + (pronoun ? PRONOUN : "");
  }
}
