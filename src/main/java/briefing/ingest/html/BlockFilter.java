package briefing.ingest.html;

import briefing.ingest.html.noise.BoilerplatePhrases;
import briefing.ingest.html.noise.Disclosures;
import briefing.ingest.html.noise.RelatedSections;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Noise;
import java.util.ArrayList;
import java.util.List;

/** Keeps the collected blocks that read as article text and records the rest as noise. */
final class BlockFilter {
  /** Blocks mostly made of link text are menus and link lists. */
  private static final double LINK_HEAVY = 0.5;
  /** Lines after the last paragraph shorter than this are scraps, not an ending. */
  private static final int TAIL_SCRAP = 40;
  /** A longer run of short lines at the end is a list or a poem, not scraps. */
  private static final int MAX_SCRAPS = 3;

  private final NoiseLog noise;

  BlockFilter(List<Noise> noise) {
    this.noise = new NoiseLog(noise);
  }

  /** Returns the blocks worth keeping, in order, recording runs of dropped ones as noise. */
  List<Block> filter(List<RawBlock> raw) {
    List<RawBlock> blocks = new ArrayList<>();
    for (RawBlock block : raw) {
      RawBlock clean = CaptionCredits.strip(block);
      if (clean == null) {
        noise.add(block, "photo credit");
      } else {
        blocks.add(clean);
      }
    }
    String[] reasons = new String[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      reasons[i] = reason(blocks, i);
    }
    RelatedSections.mark(blocks, reasons);
    RelatedSections.markComments(blocks, reasons);
    dropEmptySections(blocks, reasons);
    trimTail(blocks, reasons);
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      RawBlock block = blocks.get(i);
      if (reasons[i] == null) {
        kept.add(new Block(block.kind(), block.text(), block.line()));
      } else {
        noise.add(block, reasons[i]);
      }
    }
    noise.flush();
    return kept;
  }

  private static String reason(List<RawBlock> blocks, int i) {
    RawBlock block = blocks.get(i);
    // A lone link inside running text is part of the article; runs of them are link lists, and a
    // heading that is a link is a teaser for another page.
    if (linkHeavy(blocks, i) && (block.kind() == BlockKind.HEADING || linkHeavy(blocks, i - 1)
        || linkHeavy(blocks, i + 1))) {
      return "links";
    }
    if (BoilerplatePhrases.isBoilerplate(block.text())) {
      return "boilerplate";
    }
    if (BoilerplatePhrases.isPointer(block.text(), block.linkChars())) {
      return "links";
    }
    if (block.kind() != BlockKind.QUOTE && Disclosures.isDisclosure(block.text())) {
      return "disclosure";
    }
    return null;
  }

  /** Drops a heading whose section, up to the next heading as high or higher, lost everything. */
  private static void dropEmptySections(List<RawBlock> blocks, String[] reasons) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      RawBlock heading = blocks.get(i);
      if (heading.level() == 0 || reasons[i] != null) {
        continue;
      }
      boolean empty = true;
      int j = i + 1;
      for (; j < blocks.size() && !endsSection(blocks.get(j), heading); j++) {
        empty &= reasons[j] != null;
      }
      // A heading straight above another is a standfirst or a kicker; keep it.
      if (empty && (j > i + 1 || j == blocks.size())) {
        reasons[i] = "heading without text";
      }
    }
  }

  private static boolean endsSection(RawBlock block, RawBlock heading) {
    return block.level() > 0 && block.level() <= heading.level();
  }

  /**
   * Drops the scraps after the article's last paragraph: short lines such as a sign-up prompt or
   * a "more on this" label.
   */
  private static void trimTail(List<RawBlock> blocks, String[] reasons) {
    int last = blocks.size() - 1;
    int scraps = 0;
    while (last >= 0 && (reasons[last] != null || isScrap(blocks.get(last)))) {
      scraps += reasons[last] == null ? 1 : 0;
      last--;
    }
    if (last < 1 || scraps > MAX_SCRAPS) {
      return;
    }
    for (int i = last + 1; i < blocks.size(); i++) {
      if (reasons[i] == null) {
        reasons[i] = "after the article";
      }
    }
  }

  private static boolean isScrap(RawBlock block) {
    return block.kind() != BlockKind.LIST_ITEM && Text.weight(block.text()) < TAIL_SCRAP;
  }

  private static boolean linkHeavy(List<RawBlock> blocks, int i) {
    return i >= 0 && i < blocks.size() && blocks.get(i).linkDensity() > LINK_HEAVY;
  }
}
