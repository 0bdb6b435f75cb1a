/**
 * The page regions that are not the article: boilerplate by tag, role, class and id, phrases
 * pages repeat around articles, related-story teasers, comments, tickers, printed microdata,
 * disclosures. Each removal is recorded as noise with its reason.
 */
package briefing.ingest.html.noise;
