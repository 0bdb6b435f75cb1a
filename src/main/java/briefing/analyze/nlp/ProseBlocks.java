package briefing.analyze.nlp;

/**
 * Whether a block of text is prose CoreNLP can read in good time. A stretch of thousands of
 * characters with no sentence end (a run of markup, dashes or a list pasted as one line) is no
 * sentence of the story, and CoreNLP's time grows steeply with sentence length: such a block is
 * shown on the article's page but left out of the analysis.
 */
public final class ProseBlocks {
  /** The longest stretch without a sentence end that is analysed, in chars (some 500 words). */
  public static final int MAX_RUN = 3_000;

  private ProseBlocks() {}

  /** True when no stretch of {@code text} runs past {@link #MAX_RUN} chars without . ! ? or ;. */
  public static boolean isProse(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
        run = 0;
      } else if (++run > MAX_RUN) {
        return false;
      }
    }
    return true;
  }
}
