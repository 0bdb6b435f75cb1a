/**
 * People across articles: each article's mentions of one person joined across spellings and
 * transliterations, descriptions tied to the named person (the same role, or the same office
 * under another name in the same country), a counterpart's role read as the post it stands for,
 * roles ranked by how many sources give them, unnamed speakers one entry per description.
 */
package briefing.crossref.people;
