package briefing.analyze;

import briefing.model.Quote;
import edu.stanford.nlp.pipeline.CoreQuote;
import java.util.ArrayList;
import java.util.List;

/** Quotations as CoreNLP's quote finder marks them; speakers are credited by our rules. */
final class Quotes {
  private Quotes() {}

  static List<Quote> find(Document document) {
    List<Quote> found = new ArrayList<>();
    for (CoreQuote q : document.core().quotes()) {
      int begin = q.quoteCharOffsets().first;
      int end = q.quoteCharOffsets().second;
      int first = document.sentenceAt(begin);
      int last = document.sentenceAt(Math.max(begin, end - 1));
      List<String> ids = new ArrayList<>();
      for (int i = first; i <= last; i++) {
        ids.add(document.sentence(i).id());
      }
      String text = q.text().replaceAll("^[\"“”‘’']+|[\"“”‘’']+$", "").strip();
      found.add(new Quote(text, false, null, "unattributed", ids, document.span(first, begin, end)));
    }
    return found;
  }
}
