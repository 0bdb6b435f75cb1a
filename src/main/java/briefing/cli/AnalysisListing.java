package briefing.cli;

import briefing.analyze.figures.Figures;
import briefing.analyze.names.People;
import briefing.analyze.quotes.Quotes;
import briefing.analyze.time.Times;
import briefing.model.Article;
import briefing.model.Credit;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.Figure;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.TimeMention;
import java.util.Locale;

/** An analysis as text for people: what was found, and in which sentence. */
public final class AnalysisListing {
  private AnalysisListing() {}

  public static String of(Article article, AnalyzedArticle a) {
    StringBuilder out = new StringBuilder();
    out.append(article.file()).append('\n');
    out.append("  ").append(a.sentences().size()).append(" sentences");
    out.append(a.anchor() == null ? ", no publication date: relative dates left unresolved"
        : ", dates resolved against " + a.anchor());
    out.append('\n');
    a.sentences().stream().filter(Sentence::isHeadline).findFirst()
        .ifPresent(s -> out.append("  headline (").append(s.id()).append("): ").append(s.text()).append('\n'));

    heading(out, "People", a.people().size());
    for (PersonMention p : a.people()) {
      out.append("  ").append(p.span().sentence()).append("  ")
          .append(p.named() ? p.name() : "(unnamed)");
      if (p.role() != null) {
        out.append(" — ").append(p.role());
      }
      if (p.affiliation() != null) {
        out.append(" [").append(p.affiliation()).append(']');
      }
      out.append('\n');
    }
    heading(out, "Credited (not newsmakers)", a.credits().size());
    for (Credit c : a.credits()) {
      out.append("  ").append(c.name()).append(" — ").append(c.role());
      if (!c.agency().isEmpty()) {
        out.append(", ").append(c.agency());
      }
      out.append('\n');
    }
    heading(out, "Organisations and places", a.entities().size());
    for (EntityMention e : a.entities()) {
      out.append("  ").append(e.span().sentence()).append("  ").append(e.name())
          .append(" (").append(e.type().toLowerCase(Locale.ROOT).replace('_', ' '));
      if (e.acronym() != null) {
        out.append(", ").append(e.acronym());
      }
      out.append(")\n");
    }
    heading(out, "Times", a.times().size());
    for (TimeMention t : a.times()) {
      out.append("  ").append(t.span().sentence()).append("  \"").append(t.text()).append("\" ")
          .append(t.kind().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(t.value() == null ? "(unresolved)" : t.value());
      if (t.precision() != TimeMention.Precision.NONE) {
        out.append(" (").append(t.precision().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(')');
      }
      out.append("\n      ").append(t.derivation()).append('\n');
    }
    heading(out, "Quotes", a.quotes().size());
    for (Quote q : a.quotes()) {
      out.append("  ").append(String.join(",", q.sentences())).append("  ")
          .append(q.attributed() ? q.speaker() : "(unattributed)")
          .append(q.partial() ? " (partial)" : "").append(": “").append(q.text()).append("”\n")
          .append("      credited by: ").append(q.rule()).append('\n');
    }
    heading(out, "Figures", a.figures().size());
    for (Figure f : a.figures()) {
      out.append("  ").append(f.span().sentence()).append("  \"").append(f.text()).append("\" = ")
          .append(range(f)).append(' ').append(f.unit() == null ? "" : f.unit());
      if (f.subject() != null) {
        out.append(", about: ").append(f.subject());
      }
      if (f.place() != null) {
        out.append(", where: ").append(f.place());
      }
      out.append(f.approximate() ? " (approximate)" : "").append('\n');
    }
    return out.toString();
  }

  private static void heading(StringBuilder out, String title, int count) {
    out.append('\n').append(title).append(" (").append(count).append(")\n");
  }

  private static String range(Figure f) {
    return f.low() == f.high() ? number(f.low()) : number(f.low()) + "–" + number(f.high());
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return String.format(Locale.ROOT, "%,.2f", value);
  }
}
