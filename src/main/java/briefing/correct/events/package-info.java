/**
 * The editor's corrections of the timeline: an event's date or summary, merge, split, hide, and
 * the events the home page leads with (pinned to the story in brief, the key dates in order).
 */
package briefing.correct.events;
