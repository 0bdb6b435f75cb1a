package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.briefing.Briefing;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.SourceSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 15: which outlet reported what, when, and how much each source shares with the others. */
class CoverageChartTest {
  @Test
  void aShortStoryGetsABarPerSourceSplitIntoSharedAndOwnFacts() {
    Briefing briefing = briefing(List.of(source("a", "Alder Post", "2023-03-14"),
        source("b", "Bay Radio", "2023-03-15T09:30"), source("c", "Cove Times", null)), List.of(
        row("e1", "a", "b", "c"), row("e2", "a", "b"), row("e3", "a"), row("e4", "a"), row("e5", "c")));
    CoverageChart chart = CoverageChart.of(briefing, Map.of("a", "Alder Post", "b", "Bay Radio", "c", "Cove Times")::get);
    assertFalse(chart.byOutlet());
    CoverageChart.Bar a = chart.bars().get(0);
    assertEquals(List.of(4, 2, 2), List.of(a.facts(), a.shared(), a.only()));
    assertEquals(List.of(50.0, 50.0), List.of(a.sharedWidth(), a.onlyWidth()), "the widest bar fills the width");
    CoverageChart.Bar c = chart.bars().get(2);
    assertEquals(List.of(25.0, 25.0), List.of(c.sharedWidth(), c.onlyWidth()));
    assertEquals("Tuesday 14 March 2023", a.published());
    assertEquals("Wednesday 15 March 2023", chart.bars().get(1).published());
    assertEquals("", c.published(), "no date, none said");
    assertEquals(List.of(4, 2, 1), chart.overlap().get(0).shared(), "a shares two facts with b, one with c");
    assertEquals(List.of(0, 4, 2), chart.overlap().get(0).levels(), "the most any two share is darkest; itself unshaded");
  }

  @Test
  void aLongStoryGetsABarPerOutletWhoseOwnFactsNoOtherOutletReports() {
    List<SourceSummary> sources = new ArrayList<>();
    Map<String, String> outlets = new java.util.TreeMap<>();
    for (int i = 0; i < CoverageView.MAX_SOURCES + 2; i++) {
      String outlet = i < 3 ? "Alder Post" : "Outlet " + i;
      sources.add(source("a" + i, outlet, "2023-03-01"));
      outlets.put("a" + i, outlet);
    }
    Briefing briefing = briefing(sources, List.of(row("e1", "a0", "a1"), row("e2", "a0", "a5"), row("e3", "a2")));
    CoverageChart chart = CoverageChart.of(briefing, outlets::get);
    assertTrue(chart.byOutlet());
    CoverageChart.Bar post = chart.bars().get(0);
    assertEquals("Alder Post", post.name(), "most articles first");
    assertEquals(List.of(3, 3, 1, 2), List.of(post.articles(), post.facts(), post.shared(), post.only()),
        "two of its own articles reporting a fact do not make it shared");
    assertEquals(CoverageChart.MAX_OUTLETS, chart.bars().size());
    assertEquals(0, chart.moreOutlets(), "twelve outlets in all");
    assertTrue(chart.overlap().isEmpty());
  }

  @Test
  void articlesAreCountedByDayOnAShortSpanAndByWeekOnALongerOne() {
    List<SourceSummary> days = List.of(source("a", "Alder Post", "2023-03-14"), source("b", "Alder Post", "2023-03-14T18:00"),
        source("c", "Bay Radio", "2023-03-16"), source("d", "Bay Radio", null));
    CoverageDays byDay = CoverageDays.of(days, a -> days.stream().filter(s -> s.article().equals(a)).findFirst().orElseThrow().outlet());
    assertEquals("day", byDay.unit());
    assertEquals(List.of("14 Mar", "15 Mar", "16 Mar"), byDay.columns().stream().map(CoverageDays.Column::label).toList());
    assertEquals(List.of(2, 0, 0), byDay.rows().get(0).counts());
    assertEquals(List.of(4, 0, 0), byDay.rows().get(0).levels());
    assertEquals(List.of(0, 0, 1), byDay.rows().get(1).counts());
    assertEquals(List.of(0, 0, 2), byDay.rows().get(1).levels());
    assertEquals(1, byDay.undated());

    List<SourceSummary> weeks = IntStream.range(0, 40).mapToObj(i -> source("a" + i, "Outlet " + (i % 14),
        LocalDate.of(2023, 3, 1).plusDays(i * 3L).toString())).toList();
    CoverageDays byWeek = CoverageDays.of(weeks, a -> weeks.get(Integer.parseInt(a.substring(1))).outlet());
    assertEquals("week", byWeek.unit());
    assertEquals("2023-02-27", byWeek.columns().get(0).iso(), "a week starts on its Monday");
    assertEquals(CoverageChart.MAX_OUTLETS + 1, byWeek.rows().size());
    CoverageDays.Row rest = byWeek.rows().get(CoverageChart.MAX_OUTLETS);
    assertEquals(List.of("", 2, 4), List.of(rest.outlet(), rest.outlets(), rest.articles()),
        "the two outlets with the fewest articles, together");
    assertEquals(40, byWeek.rows().stream().flatMap(r -> r.counts().stream()).mapToInt(Integer::intValue).sum());
  }

  @Test
  void yearsOfArticlesAreCountedByMonth() {
    List<SourceSummary> sources = List.of(source("a", "Alder Post", "2021-11-30"), source("b", "Alder Post", "2023-02-01"));
    CoverageDays months = CoverageDays.of(sources, a -> "Alder Post");
    assertEquals("month", months.unit());
    assertEquals("Nov 2021", months.columns().get(0).label());
    assertEquals(16, months.columns().size());
  }

  private static SourceSummary source(String id, String outlet, String published) {
    return new SourceSummary(id, outlet, "Title " + id, published, List.of(), 3, 0, 0);
  }

  private static CoverageRow row(String id, String... sources) {
    return new CoverageRow("event", id, id, List.of(sources));
  }

  /** A briefing of {@code sources} and {@code rows}, each source's facts counted from them. */
  private static Briefing briefing(List<SourceSummary> sources, List<CoverageRow> rows) {
    return new Briefing("Story", briefing.crossref.Coverage.recounted(sources, rows), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), rows, List.of());
  }
}
