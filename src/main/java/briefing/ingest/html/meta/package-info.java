/**
 * The metadata a saved page publishes about itself: <title>, Open Graph and article:* tags,
 * JSON-LD (read leniently by Jackson). Never reads the article body.
 */
package briefing.ingest.html.meta;
