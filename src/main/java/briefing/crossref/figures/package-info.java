/**
 * Figures side by side: readings of one quantity from different sources, grouped by what they
 * count, with a verdict (agree, differ, conflict).
 */
package briefing.crossref.figures;
