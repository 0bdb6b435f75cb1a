/** Reads plain-text articles as people scrape them: a paragraph a line, HTML fragments and all. */
package briefing.ingest.text;
