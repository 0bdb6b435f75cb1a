package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.crossref.figures.FigureAlignment;
import briefing.model.Source;
import briefing.model.briefing.FigureComparison;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparisons the sample story's five articles give. */
class SeedComparisonsTest {
  @Test
  void troopFiguresAppearSideBySideWithTheConflictFlagged() {
    List<Source> sources = SeedSources.read(Path.of("content"));
    List<FigureComparison> figures = FigureAlignment.align(sources);
    FigureComparison troops = figures.stream().filter(f -> f.unit().equals("troops")).findFirst().orElseThrow();
    assertTrue(troops.readings().size() >= 3, troops.toString());
    assertEquals(FigureComparison.Verdict.CONFLICT, troops.verdict());
  }
}
