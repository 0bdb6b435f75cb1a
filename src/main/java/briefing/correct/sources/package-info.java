/**
 * The editor's corrections of the sources: an article's date or outlet by its file, an outlet's
 * name and credibility note for every article of that outlet. Dates and outlets are set on the
 * articles' metadata (origin "editor") before analysis; notes go on the briefing's sources.
 */
package briefing.correct.sources;
