/**
 * How the build does its work: a step run beside another on a thread of its own, and what it
 * keeps between builds: files written whole, records as JSON, the version of the code that made
 * a kept result.
 */
package briefing.work;
