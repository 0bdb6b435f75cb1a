package briefing.crossref;

import briefing.text.UniqueIds;
import java.util.List;

/** Ids for the briefing's people, organisations, places and events. */
public final class Ids {
  private Ids() {}

  /** Fresh ids for one kind of page; "index" is each listing page's own name, never an id. */
  public static UniqueIds forListedPages() {
    return new UniqueIds("x", List.of("index"));
  }
}
