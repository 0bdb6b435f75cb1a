/**
 * The analysis cache under {@code .briefing/analysis}: one JSON file per article, keyed by
 * the article's text and the analyser's version (a digest of the analysis code). Never runs
 * CoreNLP.
 */
package briefing.analyze.cache;
