/**
 * Claims: statements several sources report in their own words, found by the rare words, names
 * and figures their sentences or their sentences' clauses share.
 */
package briefing.crossref.claims;
