/**
 * The editor's corrections of the briefing's people: merge, split, rename, set a role or an
 * affiliation, hide. Each moves every use of the person's id with it (the linked names, the
 * events, the quotes), through {@link briefing.correct.Edit}.
 */
package briefing.correct.people;
