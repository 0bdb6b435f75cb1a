/**
 * The editor's corrections ({@code content/corrections.yaml}), applied on every build: source
 * corrections to the articles' metadata right after ingest, every other kind to the
 * cross-referenced briefing. Reads only that one file; depends on the model and on crossref's
 * public counting rules, never on analysis or rendering.
 */
package briefing.correct;
