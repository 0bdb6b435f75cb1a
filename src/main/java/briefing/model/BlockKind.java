package briefing.model;

/** What a block of article text is, as a reader would see it on the page. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  /** A quotation set apart from the running text (a {@code <blockquote>}). */
  QUOTE,
  LIST_ITEM,
  /** A photo caption: kept apart from the article's paragraphs. */
  CAPTION
}
