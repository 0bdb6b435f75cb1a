/** The settings of one run, loaded once: built-in defaults overridden by command-line flags. */
package briefing.config;
