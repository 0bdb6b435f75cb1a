/**
 * Reads a saved web page into an article's clean text blocks, the noise removed and the page's
 * metadata; depends only on jsoup, the JDK and {@code briefing.model}.
 */
package briefing.ingest.html;
