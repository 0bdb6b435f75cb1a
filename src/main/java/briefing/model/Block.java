package briefing.model;

import java.util.Objects;

/**
 * One block of an article's clean text.
 *
 * @param kind what the block is
 * @param text the block's plain text, whitespace folded, never blank
 * @param line the 1-based line of the source file where the block starts, or 0 where unknown
 */
public record Block(BlockKind kind, String text, int line) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a block's text is never blank");
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (unknown) or positive: " + line);
    }
  }
}
