/**
 * What briefing knows about written English, in one place for every stage: function words and
 * singular forms, stems for comparing words across their forms, the names of months and weekdays
 * and how dates are written for people, slugs, accent folding and content hashes. Depends on the
 * JDK alone: no stage, no model, no CoreNLP.
 */
package briefing.text;
