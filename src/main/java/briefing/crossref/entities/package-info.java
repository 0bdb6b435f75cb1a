/**
 * Organisations and places across articles: joined over case, spelling, acronym and
 * expansion, and transliteration.
 */
package briefing.crossref.entities;
