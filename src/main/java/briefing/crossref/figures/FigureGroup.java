package briefing.crossref.figures;

import briefing.model.Citation;
import briefing.model.briefing.FigureComparison.Reading;
import briefing.model.briefing.FigureComparison.Verdict;
import briefing.model.briefing.FigureComparison;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Figures about the same thing: at most one reading per source, plus the places a source repeats
 * its figure.
 *
 * @param topic what is counted, for people ("Ruritanian troops near Norland")
 * @param unit the unit as most sources write it ("troops")
 * @param readings each source's figure, by article id
 * @param repeats further mentions of a reading's figure in the same source
 */
public record FigureGroup(String topic, String unit, List<FigureMention> readings, List<FigureMention> repeats) {
  public FigureGroup {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(unit, "unit");
    readings = readings.stream().sorted(Comparator.comparing(FigureMention::article)).toList();
    repeats = List.copyOf(repeats);
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("a figure group holds at least one figure");
    }
  }

  /** The ids of the articles that give the figure, sorted. */
  public List<String> articles() {
    return readings.stream().map(FigureMention::article).distinct().sorted().toList();
  }

  /** Every place the figure is written, readings and repeats, in citation order. */
  List<Citation> citations() {
    return Stream.concat(readings.stream(), repeats.stream())
        .map(FigureMention::citation).distinct().sorted().toList();
  }

  /** The readings side by side, with the verdict. */
  FigureComparison comparison() {
    List<Reading> side = readings.stream()
        .map(m -> new Reading(m.figure().text(), m.figure().low(), m.figure().high(),
            m.figure().approximate(), m.citation()))
        .toList();
    return new FigureComparison(topic, unit, side, Verdict.of(side));
  }

}
