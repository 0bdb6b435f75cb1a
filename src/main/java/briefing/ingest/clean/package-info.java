/**
 * Separates an article from the page it was scraped from, and reads the metadata its text states
 * (headline, byline, dateline, date stamp); knows English news conventions, never a story.
 */
package briefing.ingest.clean;
