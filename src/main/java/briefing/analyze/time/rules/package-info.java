/**
 * One rule per kind of date written relative to publication ("Monday", "Jan. 10", "two weeks
 * ago", "the past decade"), each behind {@link briefing.analyze.time.rules.DateRule}; {@link
 * briefing.analyze.time.rules.RelativeDates} tries them in order.
 */
package briefing.analyze.time.rules;
