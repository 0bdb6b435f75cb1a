/**
 * The timeline: dated sentences of every article gathered into events, each citing every
 * source that reports it, ranked, and sorted into the story, background and announced events.
 */
package briefing.crossref.timeline;
