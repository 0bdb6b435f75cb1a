package briefing.model;

/** Where a piece of an article's metadata came from; shown to users so they can tell why. */
public enum Origin {
  /** The editor stated it in the file's front matter; always wins. */
  FRONT_MATTER,
  /** The saved page published it (meta tags, JSON-LD, {@code <title>}). */
  PAGE,
  /** Detected in the article's text (a dateline, a byline, a copyright line). */
  TEXT,
  /** The editor set it in {@code content/corrections.yaml}; wins over everything else. */
  EDITOR
}
