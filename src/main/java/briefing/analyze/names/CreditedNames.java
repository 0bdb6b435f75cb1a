package briefing.analyze.names;

import briefing.model.Article;
import briefing.model.Credit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** An article's writers and photographers, who are credited, never counted as newsmakers. */
public final class CreditedNames {
  private final List<Credit> all;
  private final Set<String> names;

  private CreditedNames(List<Credit> all) {
    this.all = List.copyOf(all);
    Set<String> keys = new TreeSet<>();
    for (Credit c : all) {
      keys.add(key(c.name()));
    }
    this.names = keys;
  }

  public static CreditedNames of(Article article) {
    List<Credit> all = new ArrayList<>();
    if (article.metadata().authors() != null) {
      for (String author : article.metadata().authors().value()) {
        if (!author.isBlank()) {
          all.add(new Credit(author.strip(), "author", ""));
        }
      }
    }
    all.addAll(article.credits());
    return new CreditedNames(all);
  }

  public List<Credit> all() {
    return all;
  }

  /** True when {@code name}, or its surname alone, is a writer's or photographer's. */
  boolean credits(String name) {
    String k = key(name);
    if (names.contains(k)) {
      return true;
    }
    for (String credited : names) {
      if (credited.endsWith(" " + k) && !k.contains(" ")) {
        return true;
      }
    }
    return false;
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
