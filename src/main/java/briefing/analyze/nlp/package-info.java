/**
 * The parsed article every analysis rule reads: CoreNLP's pipeline, the {@link
 * briefing.analyze.nlp.Document} of sentences and tokens, and the token and phrase helpers that
 * more than one rule family needs (news words, role phrases, quoted stretches). Knows no rule
 * family: names, quotes, time and figures depend on it, never the other way.
 */
package briefing.analyze.nlp;
