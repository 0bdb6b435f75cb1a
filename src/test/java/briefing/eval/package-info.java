/** Evaluations of the pipeline's stages against the shared data sets; run with exec:java. */
package briefing.eval;
