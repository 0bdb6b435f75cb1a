package briefing.model.analysis;

import java.util.Objects;

/**
 * A number with what it counts, read as a range so vague amounts can be compared.
 *
 * @param text the figure as written ("about 100,000 troops", "tens of thousands")
 * @param low the least it can mean (100,000 for "at least 100,000"; 20,000 for "tens of
 *     thousands")
 * @param high the most it can mean; equal to {@code low} for an exact figure, and
 *     {@link Double#POSITIVE_INFINITY} is never used: open ranges are capped at ten times low
 * @param unit what it counts, as a noun ("troops", "people", "warships"), or the currency
 *     ("USD", or "money" where none is written) or "%" for money and shares
 * @param subject what the counted things belong to or are about, where the sentence says
 *     ("Ruritanian", "Norlanders"), or null
 * @param place where, when the sentence says ("near Norland's border"), or null
 * @param approximate true when the text hedges ("about", "some", "hundreds")
 * @param span where it is written
 */
public record Figure(
    String text,
    double low,
    double high,
    String unit,
    String subject,
    String place,
    boolean approximate,
    Span span) {
  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    if (Double.isNaN(low) || Double.isNaN(high) || low > high || Double.isInfinite(high)) {
      throw new IllegalArgumentException("a figure is a finite range low <= high: " + low + ".." + high);
    }
    Objects.requireNonNull(span, "span");
  }
}
