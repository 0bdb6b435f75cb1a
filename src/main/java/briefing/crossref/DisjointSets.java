package briefing.crossref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Items joined into groups: a union–find with path compression, whose root is the least item of
 * its group, so groups come out in a stable order whatever order the joins came in.
 *
 * <p>Optionally, each item carries a tag (the article it comes from) and {@link #joinIfApart}
 * refuses to join two groups that share one: two mentions of one article that the article keeps
 * apart are two people, or two readings of two figures.
 */
public final class DisjointSets<K extends Comparable<K>> {
  private final Map<K, K> parent = new HashMap<>();
  private final Map<K, Integer> sizes = new HashMap<>();
  private final Map<K, Set<String>> tags = new HashMap<>();
  private final Function<K, String> tag;

  /** Sets with no rule against joining. */
  public DisjointSets() {
    this(null);
  }

  /** Sets whose groups {@link #joinIfApart} keeps apart when both hold an item of one tag. */
  public DisjointSets(Function<K, String> tag) {
    this.tag = tag;
  }

  /** The root of {@code item}'s group: its least item. An item never joined is its own root. */
  public K find(K item) {
    K root = item;
    for (K up = parent.get(root); up != null; up = parent.get(root)) {
      root = up;
    }
    for (K k = item; !k.equals(root); ) {
      K next = parent.get(k);
      parent.put(k, root);
      k = next;
    }
    return root;
  }

  /** Puts {@code a} and {@code b} in one group. */
  public void join(K a, K b) {
    K x = find(a);
    K y = find(b);
    if (x.equals(y)) {
      return;
    }
    K root = x.compareTo(y) < 0 ? x : y;
    K other = root == x ? y : x;
    parent.put(other, root);
    sizes.put(root, size(root) + size(other));
    sizes.remove(other);
    if (tag != null) {
      Set<String> joined = tagsOf(root);
      joined.addAll(tagsOf(other));
      tags.remove(other);
    }
  }

  /** Joins the groups of {@code a} and {@code b} unless they share a tag; true when joined. */
  public boolean joinIfApart(K a, K b) {
    K x = find(a);
    K y = find(b);
    if (x.equals(y) || tagsOf(x).stream().anyMatch(tagsOf(y)::contains)) {
      return false;
    }
    join(x, y);
    return true;
  }

  /** The tags the group rooted at {@code root} holds (its articles). */
  public Set<String> tagsOf(K root) {
    if (tag == null) {
      throw new IllegalStateException("these sets carry no tags");
    }
    return tags.computeIfAbsent(root, r -> new TreeSet<>(Set.of(tag.apply(r))));
  }

  /** True when {@code item} is in a group of its own. */
  public boolean alone(K item) {
    return size(find(item)) == 1;
  }

  private int size(K root) {
    return sizes.getOrDefault(root, 1);
  }

  /**
   * The groups of {@code items} (items keyed 0, 1, 2 … by their place in the list), each in list
   * order, groups ordered by their first item.
   */
  public static <T> List<List<T>> groups(DisjointSets<Integer> sets, List<T> items) {
    Map<Integer, List<T>> byRoot = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      byRoot.computeIfAbsent(sets.find(i), r -> new ArrayList<>()).add(items.get(i));
    }
    return List.copyOf(byRoot.values());
  }
}
