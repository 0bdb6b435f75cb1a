/**
 * Quotations and who said them: each attribution rule is one class behind {@link
 * briefing.analyze.quotes.AttributionRule}, tried in order; a quote no rule credits stays
 * unattributed.
 */
package briefing.analyze.quotes;
