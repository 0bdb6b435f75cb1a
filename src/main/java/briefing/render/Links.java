package briefing.render;

import briefing.model.briefing.Briefing;
import briefing.model.briefing.MentionLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The links an article page puts on its sentences: each name to its who's-who page, each date
 * an event of the timeline was read from to that event, as cross-referencing tied them.
 */
final class Links {
  private Links() {}

  /**
   * The links of every article, by article id, in one pass over the briefing's links;
   * {@code root} leads from an article's page to the site root.
   */
  static Map<String, List<TextView.Link>> byArticle(Briefing briefing, String root) {
    TimelinePages pages = TimelinePages.of(briefing);
    Map<String, List<TextView.Link>> links = new HashMap<>();
    for (MentionLink l : briefing.links()) {
      links.computeIfAbsent(l.citation().article(), a -> new ArrayList<>())
          .add(new TextView.Link(l.citation().sentence(), l.start(), l.end(), href(l, root, pages),
              l.kind() == MentionLink.Kind.PERSON ? "person" : "date"));
    }
    return links;
  }

  private static String href(MentionLink link, String root, TimelinePages pages) {
    return switch (link.kind()) {
      case PERSON -> root + "people/" + link.id() + ".html";
      case EVENT -> root + pages.href(link.id());
    };
  }
}
