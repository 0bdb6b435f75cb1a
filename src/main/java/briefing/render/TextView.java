package briefing.render;

import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An article's text cut into its sentences, so a page can give each one an anchor ({@code #s12})
 * that facts elsewhere link to.
 */
final class TextView {
  /** A stretch of text: one sentence with its id, or the space between two (id ""). */
  public record Piece(String sentence, String text, List<Segment> segments) {
    public Piece {
      segments = List.copyOf(segments);
    }

    Piece(String sentence, String text) {
      this(sentence, text, List.of(new Segment(text, "", "")));
    }
  }

  /**
   * Part of a sentence: plain text (href ""), or a name linked to the who's-who or a date
   * linked to the timeline; {@code kind} is "person" or "date" for links.
   */
  public record Segment(String text, String href, String kind) {}

  /** A link to put on a stretch of a sentence: chars {@code start}–{@code end}. */
  record Link(String sentence, int start, int end, String href, String kind) {}

  /** One block of text as pieces; {@code id} is the block's anchor ("b3"). */
  public record BlockView(BlockKind kind, String id, String text, List<Piece> pieces) {
    public BlockView {
      pieces = List.copyOf(pieces);
    }
  }

  private TextView() {}

  /** The blocks, each cut at the analysis's sentences (one piece each where there is none). */
  static List<BlockView> blocks(List<Block> blocks, AnalyzedArticle analysis, List<Link> links) {
    Index index = new Index(analysis, links);
    List<BlockView> views = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      views.add(new BlockView(b.kind(), "b" + (i + 1), b.text(), pieces(b.text(), i, index)));
    }
    return views;
  }

  /** The headline as pieces. */
  static List<Piece> headline(String title, AnalyzedArticle analysis, List<Link> links) {
    return pieces(title, Sentence.HEADLINE, new Index(analysis, links));
  }

  /**
   * The sentences by block and the links by sentence, gathered once: reading every sentence for
   * each block and every link for each sentence made a long article's page cost the square of
   * its length (issue 11).
   */
  private record Index(Map<Integer, List<Sentence>> sentences, Map<String, List<Link>> links) {
    Index(AnalyzedArticle analysis, List<Link> links) {
      this(analysis == null ? null : analysis.sentences().stream()
              .collect(Collectors.groupingBy(Sentence::block)),
          links.stream().collect(Collectors.groupingBy(Link::sentence)));
    }
  }

  private static List<Piece> pieces(String text, int block, Index index) {
    List<Piece> pieces = new ArrayList<>();
    if (index.sentences() == null) {
      pieces.add(new Piece("", text));
      return pieces;
    }
    int at = 0;
    for (Sentence s : index.sentences().getOrDefault(block, List.of())) {
      if (s.start() < at || s.end() > text.length()
          || !text.substring(s.start(), s.end()).equals(s.text())) {
        continue;
      }
      if (s.start() > at) {
        pieces.add(new Piece("", text.substring(at, s.start())));
      }
      pieces.add(new Piece(s.id(), s.text(), segments(s, index.links().getOrDefault(s.id(), List.of()))));
      at = s.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece("", text.substring(at)));
    }
    return pieces;
  }

  /** A sentence cut at its links; overlapping links keep the first (then the longest). */
  private static List<Segment> segments(Sentence s, List<Link> links) {
    List<Link> mine = links.stream()
        .filter(l -> l.start() < l.end() && l.end() <= s.text().length())
        .sorted(java.util.Comparator.comparingInt(Link::start).thenComparing(l -> -(l.end() - l.start())))
        .toList();
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (Link l : mine) {
      if (l.start() < at) {
        continue;
      }
      if (l.start() > at) {
        segments.add(new Segment(s.text().substring(at, l.start()), "", ""));
      }
      segments.add(new Segment(s.text().substring(l.start(), l.end()), l.href(), l.kind()));
      at = l.end();
    }
    if (at < s.text().length() || segments.isEmpty()) {
      segments.add(new Segment(s.text().substring(at), "", ""));
    }
    return segments;
  }
}
