package briefing.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Mentions of facts (figures, quotes) joined into clusters, keeping track of which articles each
 * cluster holds so no cluster takes two readings from one source.
 */
final class Clusters<T> {
  private final List<T> mentions;
  private final Function<T, String> article;
  private final int[] parent;

  /** Each of {@code mentions} in a cluster of its own; {@code article} tells its source. */
  Clusters(List<T> mentions, Function<T, String> article) {
    this.mentions = List.copyOf(mentions);
    this.article = article;
    this.parent = new int[mentions.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  /** Joins the clusters of mentions {@code i} and {@code j} when no article is in both. */
  void joinIfApart(int i, int j) {
    int a = root(i);
    int b = root(j);
    if (a != b && disjoint(articles(a), articles(b))) {
      join(a, b);
    }
  }

  /** Joins the clusters of mentions {@code i} and {@code j}. */
  void join(int i, int j) {
    int a = root(i);
    int b = root(j);
    parent[Math.max(a, b)] = Math.min(a, b);
  }

  /** True when mention {@code i} is in a cluster of its own. */
  boolean alone(int i) {
    int r = root(i);
    for (int k = 0; k < parent.length; k++) {
      if (k != i && root(k) == r) {
        return false;
      }
    }
    return true;
  }

  /** Every cluster, each in mention order, ordered by its first mention. */
  List<List<T>> all() {
    Map<Integer, List<T>> byRoot = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(root(i), r -> new ArrayList<>()).add(mentions.get(i));
    }
    return List.copyOf(byRoot.values());
  }

  private Set<String> articles(int root) {
    Set<String> articles = new TreeSet<>();
    for (int k = 0; k < parent.length; k++) {
      if (root(k) == root) {
        articles.add(article.apply(mentions.get(k)));
      }
    }
    return articles;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }

  private int root(int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}
