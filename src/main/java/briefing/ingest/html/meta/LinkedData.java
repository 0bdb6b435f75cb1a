package briefing.ingest.html.meta;

import briefing.ingest.html.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The article facts found in a page's JSON-LD: the first NewsArticle, Article or BlogPosting. */
record LinkedData(String headline, String published, List<String> authors, String publisher,
    String url, String language, String description) {

  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article",
      "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
      "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting", "liveblogposting",
      "scholarlyarticle", "techarticle", "report", "posting");

  static final LinkedData NONE = new LinkedData(null, null, List.of(), null, null, null, null);

  LinkedData {
    authors = List.copyOf(authors);
  }

  /** Reads the article facts from the parsed JSON-LD scripts of a page, or NONE. */
  static LinkedData read(List<Object> scripts) {
    List<Map<?, ?>> objects = new ArrayList<>();
    for (Object script : scripts) {
      flatten(script, objects, 0);
    }
    Map<String, Map<?, ?>> byId = new HashMap<>();
    for (Map<?, ?> object : objects) {
      if (object.get("@id") instanceof String id) {
        byId.putIfAbsent(id, object);
      }
    }
    for (Map<?, ?> object : objects) {
      if (isArticle(object)) {
        return fromArticle(object, byId);
      }
    }
    return NONE;
  }

  /** Adds every object of a parsed JSON-LD value to the list, @graph and mainEntity included. */
  static void flatten(Object value, List<Map<?, ?>> out, int depth) {
    if (depth > 8) {
      return;
    }
    if (value instanceof List<?> list) {
      list.forEach(item -> flatten(item, out, depth + 1));
    } else if (value instanceof Map<?, ?> map) {
      out.add(map);
      flatten(map.get("@graph"), out, depth + 1);
      flatten(map.get("mainEntity"), out, depth + 1);
    }
  }

  /** Whether a JSON-LD object is of an article type: NewsArticle, BlogPosting, .... */
  static boolean isArticle(Map<?, ?> object) {
    Object type = object.get("@type");
    if (type instanceof String name) {
      return ARTICLE_TYPES.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
    if (type instanceof List<?> names) {
      return names.stream().anyMatch(n -> n instanceof String s
          && ARTICLE_TYPES.contains(s.toLowerCase(java.util.Locale.ROOT)));
    }
    return false;
  }

  private static LinkedData fromArticle(Map<?, ?> article, Map<String, Map<?, ?>> byId) {
    String headline = firstText(article.get("headline"));
    if (headline == null) {
      headline = firstText(article.get("name"));
    }
    String published = firstText(article.get("datePublished"));
    if (published == null) {
      published = firstText(article.get("dateCreated"));
    }
    List<String> authors = new ArrayList<>();
    collectNames(article.get("author"), byId, authors, 0);
    List<String> publishers = new ArrayList<>();
    collectNames(article.get("publisher"), byId, publishers, 0);
    String url = firstText(article.get("url"));
    if (url == null) {
      Object page = article.get("mainEntityOfPage");
      url = page instanceof Map<?, ?> map ? firstText(map.get("@id")) : firstText(page);
    }
    String language = firstText(article.get("inLanguage"));
    String description = firstText(article.get("description"));
    return new LinkedData(headline, published, authors.stream().distinct().toList(),
        publishers.isEmpty() ? null : publishers.get(0), url, language, description);
  }

  private static void collectNames(Object value, Map<String, Map<?, ?>> byId, List<String> out,
      int depth) {
    if (depth > 4 || value == null) {
      return;
    }
    if (value instanceof String name) {
      addText(name, out);
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collectNames(item, byId, out, depth + 1));
    } else if (value instanceof Map<?, ?> map) {
      String name = firstText(map.get("name"));
      if (name != null) {
        addText(name, out);
      } else if (map.get("@id") instanceof String id && byId.get(id) != null && byId.get(id) != map) {
        collectNames(byId.get(id), byId, out, depth + 1);
      }
    }
  }

  private static void addText(String text, List<String> out) {
    String folded = Text.fold(text);
    if (!folded.isEmpty()) {
      out.add(folded);
    }
  }

  private static String firstText(Object value) {
    if (value instanceof List<?> list && !list.isEmpty()) {
      return firstText(list.get(0));
    }
    if (value instanceof String text) {
      String folded = Text.fold(text);
      return folded.isEmpty() ? null : folded;
    }
    return null;
  }
}
