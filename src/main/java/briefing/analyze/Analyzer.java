package briefing.analyze;

import briefing.analyze.cache.AnalyzerVersion;
import briefing.analyze.figures.Figures;
import briefing.analyze.names.CreditedNames;
import briefing.analyze.names.Entities;
import briefing.analyze.names.People;
import briefing.analyze.nlp.Document;
import briefing.analyze.quotes.Quotes;
import briefing.analyze.time.Times;
import briefing.model.Article;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import java.time.LocalDate;
import java.util.List;

/** Turns one clean article into an {@link AnalyzedArticle}: each fact with its sentence. */
public final class Analyzer {
  /** Analyses {@code article}, resolving relative dates against its publication day. */
  public AnalyzedArticle analyze(Article article) {
    return analyze(article, Analyses.anchor(article));
  }

  /** Analyses {@code article} with {@code anchor} as its publication day (null: none known). */
  public AnalyzedArticle analyze(Article article, LocalDate anchor) {
    Document document = Document.annotate(article, anchor);
    CreditedNames credits = CreditedNames.of(article);
    List<PersonMention> people = People.find(document, credits);
    return new AnalyzedArticle(
        article.id(),
        article.contentHash(),
        AnalyzerVersion.current(),
        anchor == null ? null : anchor.toString(),
        document.sentences(),
        people,
        credits.all(),
        Entities.find(document, people),
        Times.find(document),
        Quotes.find(document, people),
        Figures.find(document));
  }
}
