/**
 * Running a step of the build beside another on a thread of its own, and taking its result back.
 */
package briefing.work;
