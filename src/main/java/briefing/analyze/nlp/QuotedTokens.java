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

  /**
   * Whether the text from {@code begin} to {@code end} holds a paragraph opening with no mark;
   * but for a quotation a page broke in two, whose second paragraph holds no mark but the one
   * closing it ("… seriously.¶The president has been fully briefed," an official said.).
   */
  private static boolean runsIntoProse(String text, int begin, int end) {
    int last = text.lastIndexOf("\n\n", end - 1);
    if (last > begin && text.indexOf("\n\n", begin) == last && end > 0
        && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      int paragraphEnd = text.indexOf("\n\n", end);
      String closing = text.substring(last + 2, paragraphEnd < 0 ? text.length() : paragraphEnd);
      if (closing.chars().filter(c -> OPENING_MARKS.indexOf(c) >= 0 || CLOSING_MARKS.indexOf(c) >= 0).count() == 1) {
        return false;
      }
    }
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
  /** The marks that close a quotation (a straight mark closes as well as opens). */
  private static final String CLOSING_MARKS = "\"”»";

  /** The marks of sentence {@code index}: true for each token inside quotation marks. */
  public boolean[] in(int index) {
    return quoted[index];
  }
}
