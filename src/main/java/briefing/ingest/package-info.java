/**
 * Reads the files of {@code content/articles} into {@link briefing.model.Article} records: one
 * reader per input kind, one cleaner for page noise and metadata; never writes a file.
 */
package briefing.ingest;
