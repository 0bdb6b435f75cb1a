/** Tests of the HTML reader, each on a small page written inline. */
package briefing.ingest.html;
