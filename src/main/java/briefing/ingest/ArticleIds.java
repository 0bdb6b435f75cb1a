package briefing.ingest;

import briefing.text.UniqueIds;
import java.util.List;

/** Gives each article a short id made from its file name, unique within one build. */
final class ArticleIds {
  private final UniqueIds ids = new UniqueIds("article", List.of());

  /** The id for a file name, without its extension: lower-case letters, digits and dashes. */
  String next(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return ids.next(dot > 0 ? fileName.substring(0, dot) : fileName);
  }
}
