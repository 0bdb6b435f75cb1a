package briefing.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article body: the one with the most paragraph text once the
 * link text and scraps around it are counted against it.
 *
 * <p>Every block of text votes for all its ancestors: a paragraph of running text adds its length,
 * link text and short scraps subtract theirs. An article beside a link list scores higher than the
 * two together; an article with its lead in a sibling header scores lower than both together.
 */
final class ContentScorer {
  /** A block with fewer characters than this is a scrap, not a paragraph. */
  private static final int PARAGRAPH = 50;
  /** A block with a larger share of link text is a link list, not a paragraph. */
  private static final double LINKY = 0.33;
  /** How much a character of scrap text counts against its container. */
  private static final double SCRAP = 0.25;
  /** A child holding this share of the best score is the article without the scraps around it. */
  private static final double TIGHT = 0.95;
  /** A sibling scoring this share of the article's score continues its text. */
  private static final double CONTINUES = 0.2;
  /** A sibling with a larger share of link text is a teaser or a link list, not article text. */
  private static final double SIBLING_LINKS = 0.25;
  /** A sibling before the article with this much paragraph text holds its lead, a standfirst. */
  private static final int LEAD = 100;

  /**
   * Returns the elements that hold the article body below the given root, in page order: the
   * best one and the siblings that carry on its text, as when a body is split around an
   * advertisement or an embedded figure.
   */
  List<Element> findAll(Element root) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Element best = find(root, scores);
    if (best == root) {
      return List.of(best);
    }
    // Step out of wrappers that hold nothing but the article, so their siblings are compared.
    TextMass mass = new TextMass(root);
    Element level = best;
    while (level.parent() != null && level.parent() != root
        && mass.text(level.parent()) == mass.text(level)) {
      level = level.parent();
    }
    if (level.parent() == null) {
      return List.of(best);
    }
    double bestScore = scores.getOrDefault(best, 0.0);
    List<Element> parts = new ArrayList<>();
    boolean before = true;
    for (Element sibling : level.parent().children()) {
      double score = scores.getOrDefault(sibling, 0.0);
      if (sibling == level) {
        parts.add(best);
        before = false;
      } else if (continues(sibling, level, score, bestScore, mass)
          || (before && score >= LEAD && mass.linkDensity(sibling) <= SIBLING_LINKS)) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  private static boolean continues(Element sibling, Element article, double score,
      double bestScore, TextMass mass) {
    if (score <= 0 || mass.linkDensity(sibling) > SIBLING_LINKS) {
      return false;
    }
    boolean alike = sibling.normalName().equals(article.normalName())
        && !article.className().isBlank() && sibling.className().equals(article.className());
    return alike || score >= CONTINUES * bestScore;
  }

  /** Returns the element most likely to be the article body, scoring every element on the way. */
  private Element find(Element root, Map<Element, Double> scores) {
    Map<Element, int[]> blocks = new IdentityHashMap<>();
    root.forEachNode(node -> {
      if (node instanceof TextNode text) {
        count(text, root, blocks);
      }
    });
    blocks.forEach((block, counts) -> {
      double vote = vote(counts[0], counts[1]);
      for (Element up = block; up != null; up = up == root ? null : up.parent()) {
        scores.merge(up, vote, Double::sum);
      }
    });
    Element best = root;
    double bestScore = scores.getOrDefault(root, 0.0);
    for (Element element : root.getAllElements()) {
      double score = scores.getOrDefault(element, 0.0);
      if (score >= bestScore && score > 0) {
        best = element;
        bestScore = score;
      }
    }
    return tighten(best, scores, bestScore);
  }

  /** Steps down into a child that holds nearly all of the score, leaving scraps around it. */
  private static Element tighten(Element best, Map<Element, Double> scores, double bestScore) {
    Element current = best;
    while (true) {
      Element next = null;
      for (Element child : current.children()) {
        if (scores.getOrDefault(child, 0.0) >= TIGHT * bestScore) {
          next = child;
        }
      }
      if (next == null) {
        return current;
      }
      current = next;
    }
  }

  private static void count(TextNode text, Element root, Map<Element, int[]> blocks) {
    int length = text.text().strip().length();
    if (length == 0) {
      return;
    }
    boolean link = false;
    Element block = null;
    for (Node up = text.parentNode(); up instanceof Element element; up = up.parentNode()) {
      link |= element.normalName().equals("a");
      if (block == null && !BlockCollector.INLINE.contains(element.normalName())) {
        block = element;
      }
      if (element == root) {
        break;
      }
    }
    int[] counts = blocks.computeIfAbsent(block == null ? root : block, b -> new int[2]);
    counts[0] += length;
    counts[1] += link ? length : 0;
  }

  private static double vote(int length, int linkLength) {
    if (length >= PARAGRAPH && linkLength <= LINKY * length) {
      return length - linkLength;
    }
    return -(linkLength + SCRAP * (length - linkLength));
  }
}
