/**
 * Renders the read articles into pages in memory with Freemarker; never reads {@code content/}
 * and never writes a file (that is {@link briefing.publish}'s job).
 */
package briefing.render;
