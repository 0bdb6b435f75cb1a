/**
 * The one place that writes the site: builds it beside the old one and swaps it in, and never
 * deletes a file that briefing did not write.
 */
package briefing.publish;
