package briefing.render;

import briefing.model.Citation;
import briefing.model.Page;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Claim;
import briefing.model.briefing.Event;
import briefing.model.briefing.FigureComparison;
import briefing.model.briefing.Naming;
import briefing.model.briefing.Person;
import briefing.model.briefing.Place;
import briefing.model.briefing.QuoteRef;
import briefing.text.Accents;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search index as scripts: {@code search-index.js} sets {@code window.briefingSearch}, since a
 * page opened from disk cannot fetch a JSON file but can load a script beside it. The articles'
 * sentences are stored once, by article number and sentence number; past {@link #INLINE_TEXT}
 * bytes they move to {@code search/text-N.js} parts that the page loads when someone searches.
 */
final class SearchIndex {
  /** Text up to this size goes in the index itself; more is split into parts of this size. */
  static final int INLINE_TEXT = 512 * 1024;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’][\\p{L}\\p{N}]+)*");

  /** The entries a long story's index keeps: names, the first thing searched for. */
  private static final Set<Object> LEAD = Set.of("person", "place");

  private SearchIndex() {}

  /**
   * The index and, for a long story, its text parts, from the view the pages are made from (so
   * that results link and mark sources as the pages do).
   */
  static List<Page> pages(BriefingView view, List<SourceView> sources) {
    Briefing briefing = view.data();
    Map<String, Integer> number = new LinkedHashMap<>();
    List<List<String>> articles = new ArrayList<>();
    for (SourceView s : sources) {
      number.put(s.id(), number.size());
      articles.add(List.of(s.href(), s.title(), s.outlet(), s.byline()));
    }
    // Each entry: kind, title, text, and where: a link, or [article, sentence] for a sentence of
    // an article listed above (the page adds the outlet to a quote's title). The kind sets its
    // weight in the page's ranking; the articles themselves are entries the page makes.
    List<List<Object>> entries = new ArrayList<>();
    for (Person p : briefing.people()) {
      String role = p.roles().isEmpty() ? "" : p.roles().get(0).value();
      entries.add(List.of("person", p.name(), join(role, otherSpellings(p.name(), p.spellings())),
          "people/" + p.id() + ".html"));
      for (QuoteRef q : p.quotes()) {
        entries.add(List.of("quote", p.name(), q.text(), where(q.citation(), number)));
      }
    }
    for (Place p : briefing.places()) {
      if (!p.mentions().isEmpty()) {
        entries.add(List.of("place", p.name(), otherSpellings(p.name(), p.spellings()),
            where(p.mentions().get(0), number)));
      }
    }
    for (Event e : briefing.events()) {
      entries.add(List.of("event", BriefingView.dateLabel(e.date().value(), e.precision()), e.summary(),
          view.href(e.id())));
    }
    for (Claim c : briefing.claims()) {
      entries.add(List.of("claim", "Reported by " + c.sources().size() + " sources", c.summary(),
          where(c.summaryFrom(), number)));
    }
    // Figures: [topic, text, article, sentence, text, article, sentence, …], the topic once.
    List<List<Object>> figures = new ArrayList<>();
    for (FigureComparison f : briefing.figures()) {
      List<Object> row = new ArrayList<>();
      row.add(f.topic());
      for (FigureComparison.Reading r : f.readings()) {
        Object where = where(r.citation(), number);
        if (where instanceof List<?> at) {
          row.add(r.text());
          row.addAll(at);
        }
      }
      if (row.size() > 1) {
        figures.add(row);
      }
    }
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("articles", articles);
    // Each outlet's mark as the pages draw it.
    Map<String, List<Object>> marks = new TreeMap<>();
    for (SourceView s : sources) {
      OutletMark mark = s.outlet().isEmpty() ? null : view.mark(s.outlet());
      if (mark != null) {
        marks.put(s.outlet(), List.of(mark.monogram(), mark.colour()));
      }
    }
    index.put("marks", marks);
    index.put("entries", entries);
    index.put("figures", figures);
    index.put("alternates", alternates(briefing));
    List<Page> pages = new ArrayList<>();
    // On a long story the facts alone pass what a page may weigh (a 1,452-article story: 1.0 MB
    // of events, claims and quotes): all but the people and places go to parts too.
    if (json(index).length() > INLINE_TEXT) {
      List<List<Object>> lead = entries.stream().filter(e -> LEAD.contains(e.get(0))).toList();
      List<String> more = entries.stream().filter(e -> !LEAD.contains(e.get(0))).map(SearchIndex::json).toList();
      index.put("entries", lead);
      List<String> entryParts = cut(more);
      index.put("entryParts", entryParts.size());
      for (int i = 0; i < entryParts.size(); i++) {
        pages.add(page("search/entries-" + (i + 1) + ".js",
            "(window.briefingSearchEntries = window.briefingSearchEntries || {})[" + (i + 1) + "] = "
                + entryParts.get(i) + ";\n"));
      }
    }
    List<String> parts = textParts(sources, number);
    if (parts.size() == 1 && parts.get(0).length() <= INLINE_TEXT && !index.containsKey("entryParts")) {
      index.put("parts", 0);
      index.put("text", new RawValue(parts.get(0)));
      pages.add(0, page("search-index.js", script(index)));
      return pages;
    }
    index.put("parts", parts.size());
    pages.add(0, page("search-index.js", script(index)));
    for (int i = 0; i < parts.size(); i++) {
      pages.add(page("search/text-" + (i + 1) + ".js",
          "(window.briefingSearchText = window.briefingSearchText || {})[" + (i + 1) + "] = "
              + parts.get(i) + ";\n"));
    }
    return pages;
  }

  /**
   * The sentences of every article as JSON arrays {@code [article, n, "text", n, "text", …]},
   * cut into parts of about {@link #INLINE_TEXT} bytes.
   */
  private static List<String> textParts(List<SourceView> sources, Map<String, Integer> number) {
    List<String> rows = new ArrayList<>();
    for (SourceView s : sources) {
      List<Object> row = new ArrayList<>();
      row.add(number.get(s.id()));
      for (TextView.BlockView block : s.blocks()) {
        for (TextView.Piece piece : block.pieces()) {
          if (piece.sentence() != null && piece.sentence().startsWith("s")) {
            row.add(Integer.parseInt(piece.sentence().substring(1)));
            row.add(piece.text().strip());
          }
        }
      }
      if (row.size() > 1) {
        rows.add(json(row));
      }
    }
    return cut(rows);
  }

  /** JSON values as JSON arrays of about {@link #INLINE_TEXT} bytes each, in order; at least one. */
  private static List<String> cut(List<String> values) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder("[");
    for (String json : values) {
      if (part.length() > 1 && part.length() + json.length() > INLINE_TEXT) {
        parts.add(part.append(']').toString());
        part = new StringBuilder("[");
      }
      part.append(part.length() > 1 ? "," : "").append(json);
    }
    parts.add(part.append(']').toString());
    return parts;
  }

  /**
   * The words the sources spell differently, folded, each group of spellings of one word
   * together: "Arkady Volkonin" and "Arkadi Volkonin" give [arkady, arkadi]; "Mirov" and "Miriv"
   * give [mirov, miriv]. Spellings are paired word by word where they have as many words.
   */
  private static List<List<String>> alternates(Briefing briefing) {
    List<List<Attested>> named = new ArrayList<>();
    briefing.people().forEach(p -> named.add(p.spellings()));
    briefing.places().forEach(p -> named.add(p.spellings()));
    briefing.namings().stream().map(Naming::spellings).forEach(named::add);
    Map<String, TreeSet<String>> groups = new TreeMap<>();
    for (List<Attested> spellings : named) {
      for (int i = 0; i < spellings.size(); i++) {
        for (int j = i + 1; j < spellings.size(); j++) {
          List<String> a = words(spellings.get(i).value());
          List<String> b = words(spellings.get(j).value());
          if (a.size() != b.size()) {
            continue;
          }
          for (int w = 0; w < a.size(); w++) {
            if (!a.get(w).equals(b.get(w))) {
              TreeSet<String> group = groups.computeIfAbsent(a.get(w), k -> new TreeSet<>());
              group.addAll(groups.getOrDefault(b.get(w), new TreeSet<>()));
              group.add(a.get(w));
              group.add(b.get(w));
              for (String word : group) {
                groups.put(word, group);
              }
            }
          }
        }
      }
    }
    return groups.values().stream().distinct().map(List::copyOf)
        .sorted(Comparator.comparing((List<String> g) -> g.get(0))).toList();
  }

  /** The words of {@code text} as the page compares them: accents folded, lower case. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(Accents.fold(text).toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** A sentence as [article, n] where its article is listed, else its link. */
  private static Object where(Citation citation, Map<String, Integer> number) {
    Integer article = number.get(citation.article());
    return article == null || !citation.sentence().matches("s\\d+") ? citation.href()
        : List.of(article, citation.number());
  }

  private static String otherSpellings(String name, List<Attested> spellings) {
    List<String> others = spellings.stream().map(Attested::value).filter(v -> !v.equals(name))
        .distinct().toList();
    return others.isEmpty() ? "" : "also written " + String.join(", ", others);
  }

  private static String join(String a, String b) {
    return a.isBlank() ? b : b.isBlank() ? a : a + " · " + b;
  }

  private static Page page(String path, String content) {
    return new Page(path, content.getBytes(StandardCharsets.UTF_8));
  }

  private static String script(Object value) {
    return "window.briefingSearch = " + json(value) + ";\n";
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the search index could not be written", e);
    }
  }
}
