package briefing.model;

import briefing.model.Article;
import briefing.model.analysis.AnalyzedArticle;
import java.util.Objects;

/** One article with its analysis: what cross-referencing reads. */
public record Source(Article article, AnalyzedArticle analysis) {
  public Source {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(analysis, "analysis");
    if (!article.id().equals(analysis.article())) {
      throw new IllegalArgumentException("analysis of " + analysis.article() + " given for " + article.id());
    }
  }

  public String id() {
    return article.id();
  }
}
