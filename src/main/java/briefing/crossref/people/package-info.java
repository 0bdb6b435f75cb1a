/**
 * People across articles: each article's mentions of one person joined across spellings,
 * transliterations and short first names (a father and his "Jr." kept apart, a headline's
 * run-in words read off a name), nicknames and misspelt names joined where the post one person
 * holds says so, descriptions tied to the named person (the same role, or the
 * same office under another name in the same country), a counterpart's role read as the post it
 * stands for, a leader's spokesperson tied to the leader's country, roles ranked by how many sources give them, unnamed speakers one entry per
 * description.
 */
package briefing.crossref.people;
