/**
 * People across articles: each article's mentions of one person joined across spellings and
 * transliterations, descriptions tied to the named person, roles ranked by how many sources
 * give them, unnamed speakers one entry per description.
 */
package briefing.crossref.people;
