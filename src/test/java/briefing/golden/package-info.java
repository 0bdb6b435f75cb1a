/**
 * Golden-site tests: small content folders built by the real {@code briefing build} and compared
 * file by file with the site expected beside them. Reads only the public entry point {@code Main}.
 */
package briefing.golden;
