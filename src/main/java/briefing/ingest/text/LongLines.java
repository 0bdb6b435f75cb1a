package briefing.ingest.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a line that holds a whole article with no paragraph breaks into paragraph-sized pieces
 * at sentence ends, so that pages stay readable and sentences addressable.
 */
final class LongLines {
  /** Lines up to this length are one paragraph, as written. */
  static final int MAX_PARAGRAPH = 3000;
  private static final int TARGET = 800;

  private LongLines() {}

  static List<String> split(String line) {
    if (line.length() <= MAX_PARAGRAPH) {
      return line.isEmpty() ? List.of() : List.of(line);
    }
    List<String> parts = new ArrayList<>();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(line);
    int start = 0;
    int end = sentences.next();
    while (end != BreakIterator.DONE) {
      if (end - start >= TARGET) {
        parts.add(line.substring(start, end).strip());
        start = end;
      }
      end = sentences.next();
    }
    if (start < line.length()) {
      parts.add(line.substring(start).strip());
    }
    parts.removeIf(String::isEmpty);
    return parts;
  }
}
