package briefing.render;

import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Editorial;
import briefing.model.Page;
import briefing.model.Published;
import briefing.model.Site;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.Person;
import briefing.work.Aside;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** The render stage: turns what was read into the site's pages, in memory. */
public final class Renderer {
  private final Theme theme;

  public Renderer(Theme theme) {
    this.theme = theme;
  }

  /**
   * Renders every page from what was read and each article's analysis (an article without one
   * is shown as plain text); a template error surfaces as a {@link RenderException}.
   */
  public Site render(Content input, List<AnalyzedArticle> analyses) {
    return render(input, analyses, null);
  }

  /** As {@link #render(Content, List)}, with the cross-referenced briefing (or null). */
  public Site render(Content input, List<AnalyzedArticle> analyses, Briefing briefing) {
    Editorial editorial = input.editorial();
    Briefing story = briefing != null ? briefing : empty(editorial);
    Map<String, AnalyzedArticle> byArticle = new HashMap<>();
    for (AnalyzedArticle a : analyses) {
      byArticle.put(a.article(), a);
    }
    Map<String, List<TextView.Link>> links = Links.byArticle(story, "../");
    List<SourceView> sources = input.articles().stream()
        .sorted(Comparator.comparing(Renderer::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::file))
        .map(a -> SourceView.of(a, input.inside(a), byArticle.get(a.id()),
            byArticle.containsKey(a.id()) ? links.getOrDefault(a.id(), List.of()) : List.of()))
        .toList();
    BriefingView view = new BriefingView(story, sources);
    List<Page> pages = new ArrayList<>();
    Map<String, Object> common = new HashMap<>();
    common.put("briefing", editorial);
    common.put("introduction", introductionHtml(editorial.introduction()));
    common.put("sources", sources);
    common.put("story", view);

    // The exports read the same facts and no page: they are made on a second thread while the
    // pages are rendered (a third of rendering a long story), and added in their fixed order.
    try (Aside<List<Page>> exports = Aside.start("briefing-exports", () -> {
      List<Page> made = new ArrayList<>();
      made.add(new Page("briefing.json", BriefingJson.write(story)));
      made.add(text("timeline.ics", Calendar.of(story, editorial.baseUrl())));
      made.add(text("events.csv", Tables.events(story)));
      made.add(text("people.csv", Tables.people(story)));
      made.add(text("coverage.csv", Tables.coverage(story)));
      made.addAll(SearchIndex.pages(view, sources));
      return made;
    })) {
      pages.addAll(templated(view, sources, story, common));
      pages.addAll(exports.join());
    }
    for (String asset : theme.assets()) {
      pages.add(new Page(asset, theme.asset(asset)));
    }
    if (!editorial.baseUrl().isBlank()) {
      pages.add(text("sitemap.xml", Sitemap.of(editorial.baseUrl(), pages)));
    }
    // Always there: a crawler or checker asking a host's root for it gets a valid answer.
    pages.add(text("robots.txt", Sitemap.robots(editorial.baseUrl())));
    return new Site(pages);
  }

  /** The pages made from templates, in the site's order. */
  private List<Page> templated(BriefingView view, List<SourceView> sources, Briefing story,
      Map<String, Object> common) {
    List<Page> pages = new ArrayList<>();
    pages.add(page("index.html", "index.ftlh", common, "", Map.of()));
    pages.add(page("timeline.html", "timeline.ftlh", common, "", Map.of()));
    for (TimelinePages.Day day : view.pages().days()) {
      pages.add(page(day.path(), "day.ftlh", common, "../", Map.of("day", day)));
    }
    pages.add(page("people/index.html", "people.ftlh", common, "../", Map.of()));
    for (Person person : story.people()) {
      pages.add(page("people/" + person.id() + ".html", "person.ftlh", common, "../",
          Map.of("person", person)));
    }
    pages.add(page("comparisons.html", "comparisons.ftlh", common, "", Map.of()));
    pages.add(page("search.html", "search.ftlh", common, "", Map.of()));
    for (SourceView source : sources) {
      pages.add(page(source.href(), "article.ftlh", common, "../", Map.of("source", source)));
    }
    return pages;
  }

  /** The briefing of a build that has none: the editor's title, no facts. */
  private static Briefing empty(Editorial editorial) {
    return new Briefing(editorial.title(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Page text(String path, String content) {
    return new Page(path, content.getBytes(StandardCharsets.UTF_8));
  }

  private static Published published(Article article) {
    return article.metadata().published() == null ? null : article.metadata().published().value();
  }

  private Page page(String path, String template, Map<String, Object> common, String root,
      Map<String, Object> own) {
    Map<String, Object> model = new HashMap<>(common);
    model.putAll(own);
    model.put("root", root);
    model.put("path", path);
    try {
      Template t = theme.freemarker().getTemplate(template);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return new Page(path, out.toString().getBytes(StandardCharsets.UTF_8));
    } catch (TemplateException e) {
      throw new RenderException(template, e.getLineNumber() == null ? 0 : e.getLineNumber(),
          e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new RenderException(template, 0, e.getMessage(), e);
    }
  }

  /** The editor's Markdown introduction as HTML, cleaned to a safe list of tags. */
  static String introductionHtml(String markdown) {
    if (markdown.isBlank()) {
      return "";
    }
    Parser parser = Parser.builder().build();
    String html = HtmlRenderer.builder().build().render(parser.parse(markdown));
    return Jsoup.clean(html, Safelist.basic()).strip();
  }
}
