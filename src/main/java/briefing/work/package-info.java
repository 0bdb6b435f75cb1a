/**
 * How the build does its work: a step run beside another on a thread of its own, and the version
 * of the code that made a result kept between builds.
 */
package briefing.work;
