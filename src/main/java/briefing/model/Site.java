package briefing.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every file of a built site, in memory, sorted by path. */
public record Site(List<Page> pages) {
  public Site {
    pages = pages.stream().sorted(Comparator.comparing(Page::path)).toList();
    for (int i = 1; i < pages.size(); i++) {
      if (pages.get(i).path().equals(pages.get(i - 1).path())) {
        throw new IllegalArgumentException("two pages at " + pages.get(i).path());
      }
    }
  }

  public Optional<Page> page(String path) {
    return pages.stream().filter(p -> p.path().equals(path)).findFirst();
  }
}
