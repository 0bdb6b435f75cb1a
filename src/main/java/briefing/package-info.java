/** briefing: the entry point and the pipeline; each stage lives in a package of its own. */
package briefing;
