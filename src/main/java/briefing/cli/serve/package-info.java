/**
 * The preview server of {@code briefing serve}: builds the site in memory, serves it on
 * 127.0.0.1, rebuilds when content or templates change, and reloads open pages. What it adds to
 * pages (the reload script) exists only in what it serves, never in what {@code build} writes.
 */
package briefing.cli.serve;
