package briefing.ingest.html;

import briefing.ingest.html.noise.NoiseRemover;
import briefing.model.Block;
import briefing.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns the article body a page embeds in JSON-LD or a script into plain blocks, and says when it
 * should stand in for the visible body: when what the page shows is much shorter, a teaser or the
 * first paragraphs of a script-built or paywalled page.
 */
final class EmbeddedArticle {
  /** The embedded body replaces the visible one when it is this many times longer. */
  private static final double MUCH_LONGER = 2.0;
  private static final Pattern MARKUP = Pattern.compile("(?i)</?(?:p|br|div|h[1-6]|li|ul|ol"
      + "|blockquote|figure|figcaption|strong|em|a|span|img|iframe|b|i|script|style|noscript)\\b[^<>]*>");
  private static final Pattern BLOCK_MARKUP = Pattern.compile("(?i)<(?:p|br|div|li|h[1-6])\\b");
  private static final Pattern ESCAPED_MARKUP = Pattern.compile("(?i)&lt;/?(?:p|br|div)\\b");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*(?:\\r?\\n|\\r)\\s*");

  private EmbeddedArticle() {}

  /** Whether the embedded body is much longer than the visible one. */
  static boolean standsIn(String embedded, List<Block> visible) {
    if (embedded == null) {
      return false;
    }
    int shown = visible.stream().filter(b -> b.kind() != BlockKind.CAPTION)
        .mapToInt(b -> Text.weight(b.text())).sum();
    return Text.weight(Text.fold(embedded)) > MUCH_LONGER * shown;
  }

  /**
   * The embedded body as plain blocks: markup is read as a page fragment, at most twice for markup
   * escaped twice, so that no tag of it survives; plain text is split at its line breaks.
   */
  static List<RawBlock> blocks(String embedded) {
    String text = embedded;
    for (int round = 0; round < 2 && hasMarkup(text); round++) {
      // Plain lines with inline markup keep their breaks as the page's paragraphs.
      String html = BLOCK_MARKUP.matcher(text).find()
          ? text : LINE_BREAKS.matcher(text).replaceAll("<br>");
      Element body = Jsoup.parseBodyFragment(html).body();
      body.select(NoiseRemover.SILENT).remove();
      List<RawBlock> blocks = BlockCollector.collect(body, null);
      text = String.join("\n", blocks.stream().map(RawBlock::text).toList());
      if (!hasMarkup(text)) {
        return blocks;
      }
    }
    List<RawBlock> blocks = new ArrayList<>();
    for (String line : LINE_BREAKS.split(text)) {
      String folded = Text.fold(line);
      if (!folded.isEmpty()) {
        blocks.add(new RawBlock(BlockKind.PARAGRAPH, folded, 0, 0, 0));
      }
    }
    return blocks;
  }

  private static boolean hasMarkup(String text) {
    return MARKUP.matcher(text).find() || ESCAPED_MARKUP.matcher(text).find();
  }
}
