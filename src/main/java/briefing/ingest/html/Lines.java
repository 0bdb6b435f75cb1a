package briefing.ingest.html;

import org.jsoup.nodes.Node;

/** Finds the source line a node starts on, when the parser tracked positions. */
public final class Lines {
  private Lines() {}

  /** The 1-based source line where the node starts, or 0 where unknown. */
  public static int of(Node node) {
    int line = node.sourceRange().start().lineNumber();
    return Math.max(line, 0);
  }
}
