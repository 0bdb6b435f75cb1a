/** The command line: one picocli class per command; exit codes live in {@link briefing.cli.ExitCodes}. */
package briefing.cli;
