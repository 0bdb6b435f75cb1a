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

  /** Marks every token inside one of CoreNLP's quotations, marks included. */
  public static QuotedTokens of(Document document) {
    int n = document.core().sentences().size();
    boolean[][] quoted = new boolean[n][];
    for (int i = 0; i < n; i++) {
      quoted[i] = new boolean[document.core().sentences().get(i).tokens().size()];
    }
    for (CoreQuote q : document.core().quotes()) {
      int begin = q.quoteCharOffsets().first;
      int end = q.quoteCharOffsets().second;
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

  /** The marks of sentence {@code index}: true for each token inside quotation marks. */
  public boolean[] in(int index) {
    return quoted[index];
  }
}
