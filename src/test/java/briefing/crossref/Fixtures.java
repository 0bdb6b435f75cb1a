package briefing.crossref;

import briefing.model.Article;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Published;
import briefing.model.Source;
import briefing.model.Sourced;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Figure;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.Span;
import briefing.model.analysis.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small made-up sources built record by record: no files, no CoreNLP. */
final class Fixtures {
  private final String id;
  private final String outlet;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();
  private final List<PersonMention> people = new ArrayList<>();
  private LocalDate published;

  private Fixtures(String id, String outlet) {
    this.id = id;
    this.outlet = outlet;
    sentences.add(new Sentence("s1", Sentence.HEADLINE, 0, 0, "Headline of " + id));
  }

  /** A source {@code id} published by {@code outlet}, so far with a headline only. */
  static Fixtures source(String id, String outlet) {
    return new Fixtures(id, outlet);
  }

  /** Adds the sentence {@code text}. */
  Fixtures sentence(String text) {
    sentences.add(new Sentence("s" + (sentences.size() + 1), 0, 0, text.length(), text));
    return this;
  }

  /**
   * Adds a figure read from the last sentence: {@code written} is where it stands in the text.
   */
  Fixtures figure(String written, double low, double high, String unit, String subject, String place) {
    Sentence s = sentences.get(sentences.size() - 1);
    int at = s.text().indexOf(written);
    if (at < 0) {
      throw new IllegalArgumentException(written + " not in " + s.text());
    }
    figures.add(new Figure(written, low, high, unit, subject, place, low != high,
        new Span(s.id(), at, at + written.length())));
    return this;
  }

  /** Adds the place {@code name}, as the last sentence writes it. */
  Fixtures place(String name) {
    Sentence s = sentences.get(sentences.size() - 1);
    int at = s.text().indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException(name + " not in " + s.text());
    }
    entities.add(new EntityMention(name, EntityMention.Kind.PLACE, "COUNTRY", null,
        new Span(s.id(), at, at + name.length())));
    return this;
  }

  /** Adds the date {@code written} of the last sentence, meaning {@code value} ("1968", "2009-04-27"). */
  Fixtures date(String written, String value) {
    Sentence s = sentences.get(sentences.size() - 1);
    int at = s.text().indexOf(written);
    if (at < 0) {
      throw new IllegalArgumentException(written + " not in " + s.text());
    }
    TimeMention.Precision precision = value.length() == 4 ? TimeMention.Precision.YEAR : TimeMention.Precision.DAY;
    times.add(new TimeMention(written, TimeMention.Kind.DATE, value, precision, "made up",
        new Span(s.id(), at, at + written.length())));
    return this;
  }

  /** Adds the person {@code name}, where the last sentence names them after what was added last. */
  Fixtures person(String name) {
    Sentence s = sentences.get(sentences.size() - 1);
    int after = figures.stream().filter(f -> f.span().sentence().equals(s.id())).mapToInt(f -> f.span().end()).max().orElse(0);
    int at = s.text().indexOf(name, after);
    if (at < 0) {
      throw new IllegalArgumentException(name + " not in " + s.text());
    }
    people.add(new PersonMention(name, null, null, new Span(s.id(), at, at + name.length()), null));
    return this;
  }

  /** Sets the day the source was published. */
  Fixtures published(LocalDate day) {
    published = day;
    return this;
  }

  /** Adds a quote of {@code text} credited to {@code speaker} (null: unattributed) in a sentence of its own. */
  Fixtures quote(String text, boolean partial, String speaker) {
    sentence((partial ? "He called it \u201c" : "\u201c") + text + "\u201d"
        + (speaker == null ? "" : ", " + speaker + " said."));
    Sentence s = sentences.get(sentences.size() - 1);
    quotes.add(new Quote(text, partial, speaker, speaker == null ? "unattributed" : "'…,' X said",
        List.of(s.id()), new Span(s.id(), s.text().indexOf(text), s.text().indexOf(text) + text.length())));
    return this;
  }

  Source build() {
    Metadata meta = Metadata.EMPTY.withTitle(Sourced.of("Title of " + id, Origin.FRONT_MATTER, ""))
        .withOutlet(Sourced.of(outlet, Origin.FRONT_MATTER, ""));
    if (published != null) {
      meta = meta.withPublished(Sourced.of(Published.on(published), Origin.FRONT_MATTER, ""));
    }
    Article article = new Article(id, "content/articles/" + id + ".txt", "text", meta, List.of(),
        List.of(), List.of(), "0");
    return new Source(article, new AnalyzedArticle(id, "0", "test", null, sentences, people,
        List.of(), entities, times, quotes, figures));
  }
}
