package briefing.ingest.markdown;

import java.util.Arrays;

/** Where each line of a text starts, found once, so that an offset's line is a binary search. */
final class LineStarts {
  private final int[] starts;

  LineStarts(CharSequence text) {
    int[] found = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    starts = Arrays.copyOf(found, count);
  }

  /** The 0-based line holding {@code offset}. */
  int lineOf(int offset) {
    int at = Arrays.binarySearch(starts, offset);
    return at >= 0 ? at : -at - 2;
  }

  /** How many lines the text has. */
  int count() {
    return starts.length;
  }
}
