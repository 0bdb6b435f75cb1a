package briefing.ingest.html;

import briefing.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks an element as a browser lays it out, turning each run of inline text into a block.
 *
 * <p>Text in a {@code <div>} broken by {@code <br>} becomes one block per line, just as text in
 * {@code <p>} elements does; the kind of a block comes from its nearest list item, quotation,
 * caption or heading.
 */
final class BlockCollector {
  static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo",
      "big", "blink", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
      "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
      "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "output", "math");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private final List<RawBlock> blocks = new ArrayList<>();
  private final StringBuilder buffer = new StringBuilder();
  private BlockKind bufferKind;
  private int bufferLine;
  private int bufferLinkChars;
  private String headline;

  private BlockCollector(String headline) {
    this.headline = headline == null ? null : Text.fold(headline).toLowerCase(Locale.ROOT);
  }

  /** Collects the blocks below the element in reading order, leaving out the page's headline. */
  static List<RawBlock> collect(Element root, String headline) {
    return collect(List.of(root), headline);
  }

  /** Collects the blocks below each element in turn, leaving out the page's headline. */
  static List<RawBlock> collect(List<Element> roots, String headline) {
    BlockCollector collector = new BlockCollector(headline);
    for (Element root : roots) {
      collector.walk(root, BlockKind.PARAGRAPH, false);
      collector.flush();
    }
    return collector.blocks;
  }

  private void walk(Element element, BlockKind kind, boolean inLink) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        append(text, kind, inLink);
      } else if (child instanceof Element inner) {
        visit(inner, kind, inLink);
      }
    }
  }

  private void visit(Element element, BlockKind kind, boolean inLink) {
    String tag = element.normalName();
    if (tag.equals("br")) {
      flush();
      return;
    }
    if (INLINE.contains(tag) && !holdsBlocks(element)) {
      walk(element, kind, inLink || tag.equals("a"));
      return;
    }
    flush();
    if (HEADINGS.contains(tag)) {
      heading(element, kind);
    } else {
      walk(element, kindOf(element, kind), inLink || tag.equals("a"));
      flush();
    }
  }

  private void heading(Element element, BlockKind kind) {
    String text = Text.fold(element.text());
    if (!text.isEmpty() && !isHeadline(element, text)) {
      BlockKind headingKind = kind == BlockKind.CAPTION ? kind : BlockKind.HEADING;
      blocks.add(new RawBlock(headingKind, text, Lines.of(element), linkChars(element),
          headingKind == BlockKind.HEADING ? element.normalName().charAt(1) - '0' : 0));
    }
  }

  /** The page's own headline belongs to the metadata, not the body; it is skipped once. */
  private boolean isHeadline(Element element, String text) {
    boolean same = headline == null
        ? element.normalName().equals("h1") && blocks.isEmpty()
        : text.toLowerCase(Locale.ROOT).equals(headline);
    if (same) {
      headline = "";
    }
    return same;
  }

  private static BlockKind kindOf(Element element, BlockKind inherited) {
    String tag = element.normalName();
    if (tag.equals("figcaption") || tag.equals("caption")
        || element.className().toLowerCase(Locale.ROOT).contains("caption")) {
      return BlockKind.CAPTION;
    }
    if (inherited == BlockKind.CAPTION) {
      return inherited;
    }
    return switch (tag) {
      case "li", "dd", "dt" -> tag.equals("li") ? BlockKind.LIST_ITEM : inherited;
      case "blockquote" -> BlockKind.QUOTE;
      default -> inherited;
    };
  }

  private static boolean holdsBlocks(Element element) {
    for (Element inner : element.getAllElements()) {
      if (inner != element && !INLINE.contains(inner.normalName())
          && !inner.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  private static int linkChars(Element element) {
    int chars = 0;
    for (Element link : element.select("a")) {
      chars += link.text().replace(" ", "").length();
    }
    return chars;
  }

  private void append(TextNode text, BlockKind kind, boolean inLink) {
    String raw = text.getWholeText();
    if (buffer.length() == 0) {
      if (raw.isBlank()) {
        return;
      }
      bufferKind = kind;
      bufferLine = Lines.of(text);
      bufferLinkChars = 0;
    }
    buffer.append(raw);
    if (inLink) {
      bufferLinkChars += Text.fold(raw).replace(" ", "").length();
    }
  }

  private void flush() {
    String text = Text.fold(buffer.toString());
    buffer.setLength(0);
    if (!text.isEmpty()) {
      blocks.add(new RawBlock(bufferKind, text, bufferLine, bufferLinkChars, 0));
    }
  }
}
