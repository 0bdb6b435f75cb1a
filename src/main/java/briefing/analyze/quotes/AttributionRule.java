package briefing.analyze.quotes;

import java.util.Optional;

/** One way news writing ties a quotation to its speaker; rules are tried in a fixed order. */
interface AttributionRule {
  /** What this rule reads for quotation {@code q}, or empty when the pattern is not there. */
  Optional<Attribution> attribute(Quotation q, Attributing context);
}
