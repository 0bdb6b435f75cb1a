/**
 * What one article's analysis finds: sentences, people, organisations and places, time
 * expressions, quotes and figures, each with the span of text it was read from. Records only.
 */
package briefing.model.analysis;
