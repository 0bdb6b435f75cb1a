package briefing.model.briefing;

import briefing.model.Citation;
import java.util.List;
import java.util.Objects;

/**
 * Figures the sources give about the same thing, side by side.
 *
 * @param topic what is counted, for people ("troops near Norland's border")
 * @param unit the unit the figures share ("troops", "USD", "%")
 * @param readings each source's figure
 * @param verdict whether the figures agree, merely differ, or conflict
 */
public record FigureComparison(String topic, String unit, List<Reading> readings, Verdict verdict) {
  /** Agree: the ranges overlap; differ: close but apart (within a factor of 1.5); conflict: far apart. */
  public enum Verdict {
    AGREE, DIFFER, CONFLICT;

    /** How far apart two figures may be and still merely differ: the larger at most 1.5 times the smaller. */
    static final double DIFFER_FACTOR = 1.5;

    /**
     * AGREE when every range overlaps every other (so one value fits them all); otherwise DIFFER
     * when the highest low is at most {@link #DIFFER_FACTOR} times the lowest high ("14,000"
     * against "15,000"), else CONFLICT ("hundreds" against "100,000").
     */
    public static Verdict of(List<Reading> readings) {
      double highestLow = readings.stream().mapToDouble(Reading::low).max().orElse(0);
      double lowestHigh = readings.stream().mapToDouble(Reading::high).min().orElse(0);
      if (highestLow <= lowestHigh) {
        return AGREE;
      }
      if (lowestHigh > 0 && highestLow <= DIFFER_FACTOR * lowestHigh) {
        return DIFFER;
      }
      return CONFLICT;
    }
  }

  /** One source's figure. */
  public record Reading(String text, double low, double high, boolean approximate, Citation citation) {
    public Reading {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(citation, "citation");
    }
  }

  public FigureComparison {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(unit, "unit");
    readings = List.copyOf(readings);
    Objects.requireNonNull(verdict, "verdict");
  }
}
