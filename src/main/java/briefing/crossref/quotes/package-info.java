/**
 * Quotes side by side: one quotation as each source gives it, with the words that differ and
 * whether the sources credit the same speaker.
 */
package briefing.crossref.quotes;
