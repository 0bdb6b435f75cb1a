/**
 * Claims: statements several sources report in their own words, found by the rare words their
 * sentences share, one sentence per source.
 */
package briefing.crossref.claims;
