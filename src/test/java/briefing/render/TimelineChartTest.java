package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimelineChartTest {
  @Test
  void aColumnsLabelFitsTheAxis() {
    assertEquals("7 Apr", TimelineChart.label("2009-04-07"));
    assertEquals("Apr 2009", TimelineChart.label("2009-04"));
    // "First quarter of 2009" ran over the marks above it
    assertEquals("Jan–Mar 2009", TimelineChart.label("2009-Q1"));
    assertEquals("Oct–Dec 2008", TimelineChart.label("2008-Q4"));
    assertEquals("1918", TimelineChart.label("1918"));
  }
}
