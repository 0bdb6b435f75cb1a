/**
 * Figures: numbers with what they count, read as ranges ("tens of thousands" is 20,000 to
 * 99,999), with what and where they are about.
 */
package briefing.analyze.figures;
