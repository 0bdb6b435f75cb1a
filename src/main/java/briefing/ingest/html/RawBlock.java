package briefing.ingest.html;

import briefing.model.BlockKind;

/**
 * A block of text as collected from the page, before the filters decide whether it is article.
 *
 * @param kind what the block is
 * @param text the block's folded text, never blank
 * @param line the source line where it starts, or 0
 * @param linkChars how many of its characters are link text
 * @param level the heading level, 1 to 6, or 0 for a block that is not a heading
 */
public record RawBlock(BlockKind kind, String text, int line, int linkChars, int level) {
  /** The share of the block's text that is link text. */
  double linkDensity() {
    int letters = text.replace(" ", "").length();
    return letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters);
  }
}
