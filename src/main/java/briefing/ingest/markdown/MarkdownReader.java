package briefing.ingest.markdown;

import briefing.ingest.ArticleReader;
import briefing.ingest.Draft;
import briefing.ingest.Unit;
import briefing.ingest.text.HtmlFragments;
import briefing.model.BlockKind;
import briefing.model.Diagnostic;
import briefing.model.Metadata;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;

/** Reads a Markdown article: each heading, paragraph, block quote and list item is a unit. */
public final class MarkdownReader implements ArticleReader {
  private final Parser parser = Parser.builder().build();

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown");
  }

  @Override
  public Draft read(String body, int firstLine, String file, List<Diagnostic> problems) {
    List<Unit> units = new ArrayList<>();
    collect(parser.parse(body), new LineStarts(body), firstLine, units);
    return new Draft(units, Metadata.EMPTY, List.of(), true);
  }

  private static void collect(Node parent, LineStarts lines, int firstLine, List<Unit> units) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      // Not node.getStartLineNumber(): flexmark counts the lines from the top of the text on
      // each call, which made a 10 MB article take minutes.
      int line = firstLine + lines.lineOf(node.getStartOffset());
      if (node instanceof Heading) {
        add(units, BlockKind.HEADING, node, line);
      } else if (node instanceof Paragraph) {
        add(units, parent instanceof ListItem ? BlockKind.LIST_ITEM
            : inQuote(node) ? BlockKind.QUOTE : BlockKind.PARAGRAPH, node, line);
      } else if (node instanceof HtmlBlock) {
        units.addAll(HtmlFragments.units(node.getChars().toString(), line));
      } else if (node instanceof BlockQuote || node.hasChildren()) {
        collect(node, lines, firstLine, units);
      }
    }
  }

  private static boolean inQuote(Node node) {
    for (Node up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof BlockQuote) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Unit> units, BlockKind kind, Node node, int line) {
    String text = Unit.fold(new TextCollectingVisitor().collectAndGetText(node));
    if (!text.isEmpty()) {
      units.add(new Unit(kind, text, line));
    }
  }
}
