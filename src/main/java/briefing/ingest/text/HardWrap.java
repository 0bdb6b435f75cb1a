package briefing.ingest.text;

/**
 * Tells where a run of lines with no blank line between them is one hard-wrapped paragraph
 * (lines broken at a fixed width, mid-sentence) rather than separate lines, as most scraped text
 * has a paragraph a line.
 */
final class HardWrap {
  private static final int MIN_WIDTH = 50;
  private static final int MAX_WIDTH = 100;

  private HardWrap() {}

  /**
   * Whether line {@code i} of the run {@code from..to} goes on in line {@code i + 1}: it stops
   * mid-sentence, and the next line continues in lower case or the whole run is wrapped text.
   */
  static boolean continues(String[] lines, int i, int from, int to, boolean wrapped) {
    if (i + 1 >= to) {
      return false;
    }
    String line = lines[i].strip();
    String next = lines[i + 1].strip();
    if (line.isEmpty() || next.isEmpty() || endsSentence(line) || line.length() > MAX_WIDTH) {
      return false;
    }
    boolean lowerNext = !Character.isUpperCase(next.charAt(0)) && Character.isLetterOrDigit(next.charAt(0));
    if (lowerNext && line.length() >= MIN_WIDTH) {
      return true;
    }
    return line.length() >= MIN_WIDTH && wrapped;
  }

  /** Most lines of the run are of a wrapping width, rarely end a sentence, and go on in lower case. */
  static boolean isWrapped(String[] lines, int from, int to) {
    if (to - from < 3) {
      return false;
    }
    int wide = 0;
    int sentenceEnds = 0;
    int lowerStarts = 0;
    for (int i = from; i < to; i++) {
      String line = lines[i].strip();
      if (line.length() > MAX_WIDTH) {
        return false;
      }
      wide += line.length() >= MIN_WIDTH ? 1 : 0;
      sentenceEnds += endsSentence(line) ? 1 : 0;
      if (i > from && !line.isEmpty() && !Character.isUpperCase(line.charAt(0))) {
        lowerStarts++;
      }
    }
    int count = to - from;
    return wide * 3 >= count * 2 && sentenceEnds * 2 < count && lowerStarts * 3 >= count - 1;
  }

  private static boolean endsSentence(String line) {
    return !line.isEmpty() && ".!?:\"”’)".indexOf(line.charAt(line.length() - 1)) >= 0;
  }
}
