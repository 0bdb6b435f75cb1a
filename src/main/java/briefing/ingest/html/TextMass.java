package briefing.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Counts, for every element of a tree, its characters of text and how many sit inside links. */
public final class TextMass {
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  /** Counts the text below the root once, so later questions are cheap. */
  public TextMass(Element root) {
    count(root, false);
  }

  private int[] count(Element element, boolean inLink) {
    boolean link = inLink || element.normalName().equals("a");
    int[] total = new int[2];
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        int length = text.text().strip().length();
        total[0] += length;
        total[1] += link ? length : 0;
      } else if (child instanceof Element inner) {
        int[] sub = count(inner, link);
        total[0] += sub[0];
        total[1] += sub[1];
      }
    }
    counts.put(element, total);
    return total;
  }

  /** All characters of text below the element. */
  int text(Element element) {
    int[] c = counts.get(element);
    return c == null ? 0 : c[0];
  }

  /** The characters of text below the element that are not link text. */
  public int plain(Element element) {
    int[] c = counts.get(element);
    return c == null ? 0 : c[0] - c[1];
  }

  /** The share of the element's text that is link text, 0 for an empty element. */
  public double linkDensity(Element element) {
    int[] c = counts.get(element);
    return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
  }
}
