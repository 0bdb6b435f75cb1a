package briefing.ingest.clean;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the header a comment system sets above each reader's comment: the time and date it
 * was posted, the reader's user name and "wrote:" ("At 10:21 30th Apr 2009, kettlefan wrote: I
 * think …", "At 9:24 pm on 05 May 2009, ann_c wrote: …"). The first one opens the comments.
 * An article quoting someone ("In a column, the former mayor wrote: …") gives no clock time
 * and full date before the writer, so the header needs both, and a writer who is not "the …",
 * "his …" or the like.
 */
final class CommentHeaders {
  /** The user name and "wrote:" right after the date: one to three words, no punctuation. */
  private static final Pattern HANDLE = Pattern.compile(
      "^,?\\s+(?!(?:the|a|an|his|her|their|its|our|my|he|she|they|it|we|i|you)\\b)"
          + "[^\\s,;:]{1,40}(?:\\s[^\\s,;:]{1,40}){0,2}?\\s+wrote\\s*:", Pattern.CASE_INSENSITIVE);
  /** A clock time before the date, with the "At" that opens the header: "At 9:24 pm on ". */
  private static final Pattern TIME_BEFORE = Pattern.compile(
      "(?:\\b(?:At|On)\\s+)?\\b\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s+(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** The "On" or "At" before a date that carries its own time: "On 5 May 2009 at 10:21, …". */
  private static final Pattern OPENER_BEFORE = Pattern.compile("\\b(?:At|On)\\s+$", Pattern.CASE_INSENSITIVE);

  private CommentHeaders() {}

  /** Where the first comment header in {@code text} starts, or empty where it holds none. */
  static OptionalInt find(String text) {
    if (!text.contains("wrote")) {
      return OptionalInt.empty();
    }
    for (NewsDate date : NewsDates.find(text)) {
      if (!date.hasYear() || !HANDLE.matcher(text.substring(date.end())).find()) {
        continue;
      }
      String before = text.substring(0, date.start());
      Matcher time = TIME_BEFORE.matcher(before);
      if (time.find()) {
        return OptionalInt.of(time.start());
      }
      if (date.time() != null) {
        Matcher opener = OPENER_BEFORE.matcher(before);
        return OptionalInt.of(opener.find() ? opener.start() : date.start());
      }
    }
    return OptionalInt.empty();
  }
}
