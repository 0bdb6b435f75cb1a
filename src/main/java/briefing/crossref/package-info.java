/**
 * Cross-referencing: merges what every article says into one {@link briefing.model.Briefing}:
 * people, organisations and places across spellings, one timeline, and comparisons between
 * sources. Reads only records from {@code model}; never reads files or runs CoreNLP.
 */
package briefing.crossref;
