package briefing.model.analysis;

import briefing.model.Article;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sentence of an article, addressable from any page by its id.
 *
 * @param id "s1", "s2", … in reading order, the headline first; stable for the same article text
 * @param block the index of the block in {@link Article#blocks()} the sentence lies in, or
 *     {@link #HEADLINE} for the headline
 * @param start where the sentence starts in its block's text (or the headline), in chars
 * @param end where it ends, exclusive
 * @param text the sentence
 */
public record Sentence(String id, int block, int start, int end, String text) {
  public static final int HEADLINE = -1;
  private static final Pattern ID = Pattern.compile("s[1-9][0-9]*");

  public Sentence {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a sentence id is 's' and a number: " + id);
    }
    if (block < HEADLINE) {
      throw new IllegalArgumentException("block must be an index or HEADLINE: " + block);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a sentence spans start <= end: " + start + ".." + end);
    }
    Objects.requireNonNull(text, "text");
  }

  public boolean isHeadline() {
    return block == HEADLINE;
  }
}
