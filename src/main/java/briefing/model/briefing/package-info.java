/**
 * The cross-referenced story: people, organisations and places across spellings, the timeline,
 * claims and comparisons between sources, coverage, and what the editor corrected. Every fact
 * carries the citations of the sentences it was read from. Records only.
 */
package briefing.model.briefing;
