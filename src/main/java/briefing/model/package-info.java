/**
 * Records that flow between the stages of the pipeline; nothing here reads files or knows a stage.
 */
package briefing.model;
