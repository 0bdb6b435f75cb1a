package briefing.correct.sources;

import briefing.correct.Entry;
import briefing.correct.SourceCorrection;
import briefing.ingest.PublishedDates;
import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Published;
import briefing.model.Sourced;
import java.util.List;
import java.util.Optional;

/**
 * {@code sources: - file: articles/coast-radio.txt, published: 2023-03-15, outlet: …}: one
 * article's publication date or outlet, without editing the article. The date is set before
 * analysis, so "on Tuesday" resolves against it.
 */
public record SourceByFile(int line, String file, Published published, String outlet) implements SourceCorrection {
  public static SourceByFile read(Entry entry) {
    Published published = entry.optional("published").map(v -> PublishedDates.iso(v).orElseGet(() -> {
      entry.error("published", "published: '" + v + "' is not a date",
          "write the date as YYYY-MM-DD, or YYYY-MM-DD HH:MM with the time: published: 2022-01-10");
      return null;
    })).orElse(null);
    String outlet = entry.optional("outlet").orElse(null);
    if (!entry.failed() && published == null && outlet == null) {
      entry.error("file", "sources: file needs published: or outlet:", "for example: published: 2022-01-10");
    }
    return new SourceByFile(entry.line(), entry.subject(), published, outlet);
  }

  @Override
  public Optional<String> apply(Content content, List<Article> articles) {
    String wanted = file.replace('\\', '/').replaceFirst("^\\./", "");
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (content.inside(a).equals(wanted) || a.file().equals(wanted)) {
        Metadata m = a.metadata();
        if (published != null) {
          m = m.withPublished(Sourced.of(published, Origin.EDITOR, ""));
        }
        if (outlet != null) {
          m = m.withOutlet(Sourced.of(outlet, Origin.EDITOR, ""));
        }
        articles.set(i, new Article(a.id(), a.file(), a.format(), m, a.blocks(), a.credits(), a.noise(),
            a.contentHash()));
        return Optional.empty();
      }
    }
    return Optional.of("no article is read from " + file + " (files are named from the content folder: articles/…)");
  }
}
