package briefing.analyze.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreQuote;
import java.util.List;

/** Which tokens lie inside quotation marks: names there are the quoted person's words, not facts. */
public final class QuotedTokens {
  private final boolean[][] quoted;

  private QuotedTokens(boolean[][] quoted) {
    this.quoted = quoted;
  }

  /**
   * Marks every token inside one of CoreNLP's quotations, marks included; not a "quotation" that
   * runs on into a paragraph opening with no quotation mark, which pairs a paragraph's stray mark
   * with the next quotation's: a quotation going on over a paragraph break opens the new
   * paragraph with a mark.
   */
  public static QuotedTokens of(Document document) {
    String text = document.core().text();
    int n = document.core().sentences().size();
    boolean[][] quoted = new boolean[n][];
    for (int i = 0; i < n; i++) {
      quoted[i] = new boolean[document.core().sentences().get(i).tokens().size()];
    }
    for (CoreQuote q : document.core().quotes()) {
      int begin = q.quoteCharOffsets().first;
      int end = q.quoteCharOffsets().second;
      if (runsIntoProse(text, begin, end)) {
        continue;
      }
      int first = document.sentenceAt(begin);
      int last = document.sentenceAt(Math.max(begin, end - 1));
      for (int i = first; i <= last; i++) {
        List<CoreLabel> tokens = document.core().sentences().get(i).tokens();
        for (int k = 0; k < tokens.size(); k++) {
          CoreLabel t = tokens.get(k);
          if (t.beginPosition() >= begin && t.endPosition() <= end) {
            quoted[i][k] = true;
          }
        }
      }
    }
    return new QuotedTokens(quoted);
  }

  /** Whether the text from {@code begin} to {@code end} holds a paragraph opening with no mark. */
  private static boolean runsIntoProse(String text, int begin, int end) {
    for (int at = text.indexOf("\n\n", begin); at >= 0 && at < end; at = text.indexOf("\n\n", at + 2)) {
      int next = at + 2;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < end && OPENING_MARKS.indexOf(text.charAt(next)) < 0) {
        return true;
      }
    }
    return false;
  }

  /** The marks a paragraph going on with a quotation opens with. */
  private static final String OPENING_MARKS = "\"'“‘«„`";

  /** The marks of sentence {@code index}: true for each token inside quotation marks. */
  public boolean[] in(int index) {
    return quoted[index];
  }
}
