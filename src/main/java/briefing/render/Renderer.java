package briefing.render;

import briefing.ingest.Ingest;
import briefing.model.AnalyzedArticle;
import briefing.model.Article;
import briefing.model.Briefing;
import briefing.model.Editorial;
import briefing.model.Published;
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
  public Site render(Ingest.Result input, List<AnalyzedArticle> analyses) {
    return render(input, analyses, null);
  }

  /** As {@link #render(Ingest.Result, List)}, with the cross-referenced briefing (or null). */
  public Site render(Ingest.Result input, List<AnalyzedArticle> analyses, Briefing briefing) {
    Map<String, AnalyzedArticle> byArticle = new HashMap<>();
    for (AnalyzedArticle a : analyses) {
      byArticle.put(a.article(), a);
    }
    List<SourceView> sources = input.articles().stream()
        .sorted(Comparator.comparing(Renderer::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::file))
        .map(a -> SourceView.of(a, byArticle.get(a.id())))
        .toList();
    Editorial editorial = input.editorial();
    List<Page> pages = new ArrayList<>();
    Map<String, Object> common = new HashMap<>();
    common.put("briefing", editorial);
    common.put("introduction", introductionHtml(editorial.introduction()));
    common.put("sources", sources);

    pages.add(page("index.html", "index.ftlh", common, "", Map.of()));
    for (SourceView source : sources) {
      pages.add(page(source.href(), "article.ftlh", common, "../", Map.of("source", source)));
    }
    if (briefing != null) {
      pages.add(new Page("briefing.json", BriefingJson.write(briefing)));
    }
    for (String asset : theme.assets()) {
      pages.add(new Page(asset, theme.asset(asset)));
    }
    return new Site(pages);
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
