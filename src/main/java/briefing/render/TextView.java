package briefing.render;

import briefing.model.AnalyzedArticle;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's text cut into its sentences, so a page can give each one an anchor ({@code #s12})
 * that facts elsewhere link to.
 */
final class TextView {
  /** A stretch of text: one sentence with its id, or the space between two (id ""). */
  public record Piece(String sentence, String text) {}

  /** One block of text as pieces; {@code id} is the block's anchor ("b3"). */
  public record BlockView(BlockKind kind, String id, String text, List<Piece> pieces) {
    public BlockView {
      pieces = List.copyOf(pieces);
    }
  }

  private TextView() {}

  /** The blocks, each cut at the analysis's sentences (one piece each where there is none). */
  static List<BlockView> blocks(List<Block> blocks, AnalyzedArticle analysis) {
    List<BlockView> views = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      views.add(new BlockView(b.kind(), "b" + (i + 1), b.text(), pieces(b.text(), i, analysis)));
    }
    return views;
  }

  /** The headline as pieces. */
  static List<Piece> headline(String title, AnalyzedArticle analysis) {
    return pieces(title, Sentence.HEADLINE, analysis);
  }

  private static List<Piece> pieces(String text, int block, AnalyzedArticle analysis) {
    List<Piece> pieces = new ArrayList<>();
    if (analysis == null) {
      pieces.add(new Piece("", text));
      return pieces;
    }
    int at = 0;
    for (Sentence s : analysis.sentences()) {
      if (s.block() != block || s.start() < at || s.end() > text.length()
          || !text.substring(s.start(), s.end()).equals(s.text())) {
        continue;
      }
      if (s.start() > at) {
        pieces.add(new Piece("", text.substring(at, s.start())));
      }
      pieces.add(new Piece(s.id(), s.text()));
      at = s.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece("", text.substring(at)));
    }
    return pieces;
  }
}
