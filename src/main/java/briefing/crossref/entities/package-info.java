/**
 * Organisations and places across articles: joined over case, spelling, acronym and
 * expansion, legal form ("Tarrant Inc.") and transliteration.
 */
package briefing.crossref.entities;
