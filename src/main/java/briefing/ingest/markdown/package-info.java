/** Reads Markdown articles with flexmark-java: headings, paragraphs, quotes and lists become units. */
package briefing.ingest.markdown;
