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
  public enum Verdict { AGREE, DIFFER, CONFLICT }

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
