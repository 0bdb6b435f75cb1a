/**
 * People in one article: named people with their titles, roles and affiliations, unnamed
 * speakers by their description, the writers and photographers who are credits and never
 * newsmakers; and organisations and places with their acronyms.
 */
package briefing.analyze.names;
