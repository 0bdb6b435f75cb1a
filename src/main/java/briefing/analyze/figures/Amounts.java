package briefing.analyze.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a written amount can mean, as a range: exact figures, CoreNLP's normalised values
 * ("~100000.0", "&gt;=140.0", "14000.0-15000.0", "$3.0E8"), hedges ("about", "at least") and
 * vague amounts ("hundreds", "tens of thousands").
 */
final class Amounts {
  /** A range; {@code approximate} when the text hedges. */
  record Range(double low, double high, boolean approximate) {
    /** Ends in order whatever the sign ("about -20" scales both ways). */
    Range {
      if (low > high) {
        double swap = low;
        low = high;
        high = swap;
      }
    }

    /** True when both ends are finite numbers, as a {@link briefing.model.analysis.Figure} needs. */
    boolean finite() {
      return Double.isFinite(low) && Double.isFinite(high);
    }

    Range hedged() {
      return new Range(low, high, true);
    }
  }

  private static final Pattern NORMALISED =
      Pattern.compile("([~<>=]*)([$€£¥%]?)(-?[0-9.]+(?:E-?[0-9]+)?)(?:-([0-9.]+(?:E-?[0-9]+)?))?");

  /** Plural amounts: "hundreds" is 200–999, "tens of thousands" 20,000–99,999. */
  private static final Map<String, Double> SCALES = Map.of(
      "dozens", 12.0, "scores", 20.0, "tens", 10.0, "hundreds", 100.0, "thousands", 1_000.0,
      "millions", 1_000_000.0, "billions", 1_000_000_000.0);

  /** Hedges before a figure and what they do to it. */
  private static final List<String> ABOUT = List.of("about", "around", "roughly", "approximately",
      "some", "an estimated", "estimated", "close to", "nearly", "almost", "approx.", "circa");
  private static final List<String> AT_LEAST = List.of("at least", "more than", "over",
      "upwards of", "in excess of", "no fewer than", "no less than");
  private static final List<String> AT_MOST = List.of("up to", "as many as", "fewer than",
      "less than", "under", "at most", "no more than");

  private Amounts() {}

  /** CoreNLP's normalised value for a number, money or percentage; null when unreadable. */
  static Range normalised(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = NORMALISED.matcher(value.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      double low = Double.parseDouble(m.group(3));
      double high = m.group(4) == null ? low : Double.parseDouble(m.group(4));
      if (Double.isNaN(low) || Double.isInfinite(low) || Double.isInfinite(high) || high < low) {
        return null;
      }
      return withComparison(new Range(low, high, false), m.group(1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The currency symbol of a normalised money value ("$3.0E8" → "USD"), or null. */
  static String currency(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = NORMALISED.matcher(value.strip());
    if (!m.matches()) {
      return null;
    }
    return switch (m.group(2)) {
      case "$" -> "USD";
      case "€" -> "EUR";
      case "£" -> "GBP";
      case "¥" -> "JPY";
      default -> null;
    };
  }

  private static Range withComparison(Range r, String comparison) {
    return switch (comparison) {
      case "~" -> about(r);
      case ">", ">=" -> new Range(r.low(), r.high() * 2, true);
      case "<", "<=" -> new Range(r.low() / 2, r.high(), true);
      default -> r;
    };
  }

  /** The range after a hedge written before the figure ("about", "at least", "up to"). */
  static Range hedge(Range r, String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (r.approximate()) {
      return r;
    }
    if (ABOUT.contains(w)) {
      return w.equals("nearly") || w.equals("almost") || w.equals("close to")
          ? new Range(r.low() * 0.9, r.high(), true)
          : about(r);
    }
    if (AT_LEAST.contains(w)) {
      return new Range(r.low(), r.high() * 2, true);
    }
    if (AT_MOST.contains(w)) {
      return new Range(r.low() / 2, r.high(), true);
    }
    return r;
  }

  /** True for the words of a hedge this class knows. */
  static boolean isHedge(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    return ABOUT.contains(w) || AT_LEAST.contains(w) || AT_MOST.contains(w);
  }

  private static Range about(Range r) {
    return new Range(r.low() * 0.9, r.high() * 1.1, true);
  }

  /**
   * A vague plural amount: "hundreds", "thousands", "tens of thousands", "hundreds of
   * millions"; {@code words} lower case, single spaces. Null when it is not one.
   */
  static Range vague(String words) {
    String[] parts = words.split(" of ");
    double scale = 1;
    for (String part : parts) {
      Double s = SCALES.get(part);
      if (s == null) {
        return null;
      }
      scale *= s;
    }
    double first = SCALES.get(parts[0]);
    // "dozens" is 24 and up; "hundreds" 200 and up: two of the unit at least, less than ten.
    double low = 2 * scale;
    double high = (first == 12.0 ? 8 * scale : 10 * scale) - 1;
    return new Range(low, high, true);
  }

  /** True for a word that can open a vague amount. */
  static boolean isScale(String word) {
    return SCALES.containsKey(word.toLowerCase(Locale.ROOT));
  }
}
