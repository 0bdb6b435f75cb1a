/**
 * Reads a saved web page into an article's clean text blocks, the noise removed and the page's
 * metadata; depends on jsoup, the JDK, {@code briefing.model} and the reader contract of
 * {@code briefing.ingest}, never on a later stage.
 */
package briefing.ingest.html;
