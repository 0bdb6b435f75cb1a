package briefing.render;

import briefing.model.analysis.TimeMention.Precision;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.SourceSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How much each source reports and shares with the others, drawn at build time. On a short story
 * (no more sources than the coverage matrix shows as columns) a bar per source, its facts split
 * into those another source reports too and those only it reports, and how many facts each two
 * sources share; on a long one a bar per outlet, its articles taken together, for the
 * {@link #MAX_OUTLETS} outlets with the most articles. Every figure is printed as text beside its
 * bar, so the bars need no text equivalent of their own.
 *
 * @param byOutlet true on a long story, whose bars are outlets rather than single articles
 * @param bars the sources' bars in the briefing's order, or the outlets', most articles first
 * @param moreOutlets how many outlets a long story leaves out
 * @param overlap on a short story, a row per source: how many facts it shares with each source
 */
public record CoverageChart(boolean byOutlet, List<Bar> bars, int moreOutlets, List<Overlap> overlap) {
  /** The most outlets a long story's chart shows. */
  static final int MAX_OUTLETS = 12;
  /** How many shades the overlap cells are drawn in, above none. */
  static final int LEVELS = 4;

  public CoverageChart {
    bars = List.copyOf(bars);
    overlap = List.copyOf(overlap);
  }

  /**
   * One source's facts as a bar: its article (or "" for an outlet's articles taken together), its
   * name, the day it was published (for people, or ""), how many articles, how many facts it reports, how many of those others report too, and the bar's two
   * parts as percentages of the widest bar.
   */
  public record Bar(String article, String name, String published, int articles, int facts, int shared,
      int only, double sharedWidth, double onlyWidth) {}

  /** One source's row of the overlap table: the facts it shares with each source, and their shade. */
  public record Overlap(String article, List<Integer> shared, List<Integer> levels) {}

  /**
   * The chart of {@code briefing}; {@code outlet} names a source as the pages do (its outlet,
   * else its headline).
   */
  static CoverageChart of(Briefing briefing, Function<String, String> outlet) {
    List<SourceSummary> sources = briefing.sources();
    if (sources.size() <= CoverageView.MAX_SOURCES) {
      int widest = sources.stream().mapToInt(SourceSummary::facts).max().orElse(0);
      List<Bar> bars = sources.stream().map(s -> bar(s.article(), outlet.apply(s.article()),
          published(s), 1, s.facts(), s.exclusive(), widest)).toList();
      return new CoverageChart(false, bars, 0, overlap(briefing));
    }
    // A long story: each outlet's articles together; a fact is the outlet's own when no other
    // outlet's article reports it.
    Map<String, String> outletOf = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>(); // articles, facts, only
    for (SourceSummary s : sources) {
      String name = outlet.apply(s.article());
      outletOf.put(s.article(), name);
      counts.computeIfAbsent(name, k -> new int[3])[0]++;
    }
    for (CoverageRow row : briefing.coverage()) {
      Set<String> outlets = new LinkedHashSet<>();
      row.sources().forEach(a -> outlets.add(outletOf.getOrDefault(a, a)));
      for (String name : outlets) {
        int[] c = counts.get(name);
        if (c != null) {
          c[1]++;
          c[2] += outlets.size() == 1 ? 1 : 0;
        }
      }
    }
    List<Map.Entry<String, int[]>> most = counts.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey))
        .limit(MAX_OUTLETS).toList();
    int widest = most.stream().mapToInt(e -> e.getValue()[1]).max().orElse(0);
    List<Bar> bars = most.stream()
        .map(e -> bar("", e.getKey(), "", e.getValue()[0], e.getValue()[1], e.getValue()[2], widest)).toList();
    return new CoverageChart(true, bars, counts.size() - bars.size(), List.of());
  }

  private static Bar bar(String article, String name, String published, int articles, int facts,
      int only, int widest) {
    double scale = widest == 0 ? 0 : 100.0 / widest;
    return new Bar(article, name, published, articles, facts, facts - only, only,
        round((facts - only) * scale), round(only * scale));
  }

  /** "Monday 10 January 2022" for a source published that day; "" where its date is not known. */
  private static String published(SourceSummary s) {
    String iso = s.published() == null ? "" : s.published();
    return iso.length() >= 10 ? BriefingView.dateLabel(iso.substring(0, 10), Precision.DAY) : "";
  }

  /** Percentages to a tenth, so the page says the same in every build. */
  private static double round(double percent) {
    return Math.round(percent * 10) / 10.0;
  }

  /** For each two sources, how many facts both report; each source with itself is its own facts. */
  private static List<Overlap> overlap(Briefing briefing) {
    List<SourceSummary> sources = briefing.sources();
    int n = sources.size();
    Map<String, Integer> index = new LinkedHashMap<>();
    sources.forEach(s -> index.put(s.article(), index.size()));
    int[][] both = new int[n][n];
    for (CoverageRow row : briefing.coverage()) {
      List<Integer> in = row.sources().stream().map(index::get).filter(i -> i != null).distinct().toList();
      for (int i : in) {
        for (int j : in) {
          both[i][j]++;
        }
      }
    }
    int most = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        most = i == j ? most : Math.max(most, both[i][j]);
      }
    }
    List<Overlap> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Integer> shared = new ArrayList<>();
      List<Integer> levels = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        shared.add(both[i][j]);
        levels.add(i == j || both[i][j] == 0 ? 0 : (int) Math.ceil(LEVELS * both[i][j] / (double) most));
      }
      rows.add(new Overlap(sources.get(i).article(), shared, levels));
    }
    return rows;
  }
}
