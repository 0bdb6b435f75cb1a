package briefing.render;

import briefing.model.briefing.Briefing;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.SourceSummary;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage matrix as the comparisons page shows it: whole on a small story; on a large one
 * the facts most sources report and the sources that report most of them, so the page stays
 * small however many facts and sources there are (issue 11: 1,213 facts by 1,000 sources made a
 * 112 MB page). The whole matrix is always in {@code coverage.csv}.
 *
 * @param rows the facts shown, most sources first where some are left out
 * @param sources the sources shown as columns, in the briefing's order
 * @param moreRows how many facts are left out
 * @param moreSources how many sources are left out
 * @param exclusive the facts only one source reports, at most {@link #MAX_EXCLUSIVE}
 * @param moreExclusive how many of those are left out
 */
public record CoverageView(List<CoverageRow> rows, List<SourceSummary> sources, int moreRows,
    int moreSources, List<CoverageRow> exclusive, int moreExclusive) {
  /** The most facts the page shows. */
  static final int MAX_ROWS = 40;
  /** The most sources the page shows as columns. */
  static final int MAX_SOURCES = 12;
  /** The most facts only one source reports that the page lists. */
  static final int MAX_EXCLUSIVE = 30;

  public CoverageView {
    rows = List.copyOf(rows);
    sources = List.copyOf(sources);
    exclusive = List.copyOf(exclusive);
  }

  static CoverageView of(Briefing briefing) {
    List<CoverageRow> all = briefing.coverage();
    List<CoverageRow> rows = all;
    if (all.size() > MAX_ROWS) {
      // What two or more sources report, most first; the order of the briefing among equals.
      rows = all.stream().filter(r -> r.sources().size() >= 2)
          .sorted(Comparator.comparingInt((CoverageRow r) -> -r.sources().size()))
          .limit(MAX_ROWS).toList();
    }
    List<SourceSummary> sources = briefing.sources();
    if (sources.size() > MAX_SOURCES) {
      Map<String, Integer> reported = new HashMap<>();
      rows.forEach(r -> r.sources().forEach(s -> reported.merge(s, 1, Integer::sum)));
      List<SourceSummary> most = sources.stream()
          .sorted(Comparator.comparingInt((SourceSummary s) -> -reported.getOrDefault(s.article(), 0))
              .thenComparing(SourceSummary::article))
          .limit(MAX_SOURCES).toList();
      sources = sources.stream().filter(most::contains).toList();
    }
    List<CoverageRow> exclusive = all.stream().filter(CoverageRow::exclusive).toList();
    return new CoverageView(rows, sources, all.size() - rows.size(),
        briefing.sources().size() - sources.size(),
        exclusive.stream().limit(MAX_EXCLUSIVE).toList(), Math.max(0, exclusive.size() - MAX_EXCLUSIVE));
  }

  /** True when the page shows the whole matrix. */
  public boolean whole() {
    return moreRows == 0 && moreSources == 0;
  }
}
