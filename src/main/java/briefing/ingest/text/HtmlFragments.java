package briefing.ingest.text;

import briefing.ingest.Unit;
import briefing.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML fragments that scraped text carries ({@code <div> <p> <span class="caps">}) into
 * units: one per paragraph, heading, list item or quote; markup never survives as text.
 */
public final class HtmlFragments {
  private static final Pattern TAG =
      Pattern.compile("</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|span|section|article|figure"
          + "|figcaption|table|tr|td|em|strong|a)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
          "section", "article", "figure", "figcaption", "table", "tr", "td", "th", "header", "footer");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
      "object", "embed", "svg", "math", "head", "title");

  private HtmlFragments() {}

  /** Whether the line holds HTML markup rather than text that merely mentions a tag. */
  public static boolean isMarkup(String line) {
    return TAG.matcher(line).find();
  }

  /** The units of an HTML fragment that starts on {@code line} of its file. */
  public static List<Unit> units(String html, int line) {
    List<Unit> units = new ArrayList<>();
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      private int skipping = 0;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          String tag = element.normalName();
          if (SKIPPED.contains(tag)) {
            skipping++;
          } else if (BLOCKS.contains(tag)) {
            flush(units, text, BlockKind.PARAGRAPH, line);
          }
        } else if (node instanceof TextNode textNode && skipping == 0) {
          text.append(textNode.getWholeText());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          String tag = element.normalName();
          if (SKIPPED.contains(tag)) {
            skipping--;
          } else if (BLOCKS.contains(tag)) {
            flush(units, text, kindOf(tag), line);
          }
        }
      }
    }, body);
    flush(units, text, BlockKind.PARAGRAPH, line);
    return units;
  }

  private static BlockKind kindOf(String tag) {
    if (tag.matches("h[1-6]")) {
      return BlockKind.HEADING;
    }
    return switch (tag) {
      case "li" -> BlockKind.LIST_ITEM;
      case "blockquote" -> BlockKind.QUOTE;
      case "figcaption" -> BlockKind.CAPTION;
      default -> BlockKind.PARAGRAPH;
    };
  }

  private static void flush(List<Unit> units, StringBuilder text, BlockKind kind, int line) {
    String folded = Unit.fold(text.toString());
    if (!folded.isEmpty()) {
      units.add(new Unit(kind, folded, line));
    }
    text.setLength(0);
  }
}
