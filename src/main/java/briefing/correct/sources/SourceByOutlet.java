package briefing.correct.sources;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.correct.SourceCorrection;
import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Origin;
import briefing.model.Sourced;
import briefing.model.briefing.SourceSummary;
import java.util.List;
import java.util.Optional;

/**
 * {@code sources: - outlet: VOA News, name: Voice of America, note: …}: for every article of an
 * outlet, the outlet's name as it should be shown, and a note on its credibility shown with each
 * of its articles. The outlet is matched as the articles name it (case and dots aside).
 */
public record SourceByOutlet(int line, String outlet, String name, String note)
    implements SourceCorrection, BriefingCorrection {
  public static SourceByOutlet read(Entry entry) {
    String name = entry.optional("name").orElse(null);
    String note = entry.optional("note").orElse(null);
    if (!entry.failed() && name == null && note == null) {
      entry.error("outlet", "sources: outlet needs name: or note:", "for example: name: Voice of America");
    }
    return new SourceByOutlet(entry.line(), entry.subject(), name, note);
  }

  @Override
  public Optional<String> apply(Content content, List<Article> articles) {
    boolean found = false;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (a.metadata().outlet() != null && matches(a.metadata().outlet().value())) {
        found = true;
        if (name != null) {
          articles.set(i, new Article(a.id(), a.file(), a.format(),
              a.metadata().withOutlet(Sourced.of(name, Origin.EDITOR, a.metadata().outlet().value())),
              a.blocks(), a.credits(), a.noise(), a.contentHash()));
        }
      }
    }
    return found ? Optional.empty() : Optional.of("no article's outlet is '" + outlet + "'");
  }

  /** Notes the credibility of each source of the outlet; whether any matched was said before analysis. */
  @Override
  public Optional<String> apply(Edit edit) {
    if (note != null) {
      for (SourceSummary s : edit.sources) {
        if (s.outlet() != null && (matches(s.outlet()) || name != null && s.outlet().equals(name))) {
          edit.note("source", s.article(), note);
        }
      }
    }
    return Optional.empty();
  }

  private boolean matches(String value) {
    return Edit.plain(value).equals(Edit.plain(outlet));
  }
}
