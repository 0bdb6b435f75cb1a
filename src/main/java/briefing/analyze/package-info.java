/**
 * Per-article analysis: each clean {@link briefing.model.Article} becomes an
 * {@link briefing.model.analysis.AnalyzedArticle} (sentences, people, organisations and places, time
 * expressions, quotes, figures), by Stanford CoreNLP and briefing's own rules on its output, one
 * rule family a sub-package ({@code names}, {@code quotes}, {@code time}, {@code figures}) over
 * the shared parsed document ({@code nlp}); the analyses are cached ({@code cache}). Knows
 * nothing of other articles (that is {@code crossref}) or of pages (that is {@code render}).
 */
package briefing.analyze;
