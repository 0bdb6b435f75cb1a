/**
 * Cross-referencing: merges what every article says into one {@link briefing.model.briefing.Briefing}:
 * people, organisations and places across spellings, one timeline, and comparisons between
 * sources, one concern a sub-package; the helpers several of them share (spellings, word
 * rarity, disjoint sets, ids) live here. Reads only records from {@code model}; never reads
 * files or runs CoreNLP.
 */
package briefing.crossref;
