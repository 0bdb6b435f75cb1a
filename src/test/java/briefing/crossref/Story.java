package briefing.crossref;

import briefing.model.Article;
import briefing.model.Credit;
import briefing.model.Metadata;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.EntityMention;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A made-up article's analysis, built fact by fact, each fact in a sentence of its own. */
final class Story {
  private final String id;
  private final List<PersonMention> people = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Credit> credits = new ArrayList<>();
  private int sentences;
  /** The text of each sentence that has one, by number. */
  private final Map<Integer, String> texts = new HashMap<>();

  private Story(String id) {
    this.id = id;
  }

  /** An article with the id {@code id}. */
  static Story article(String id) {
    return new Story(id);
  }

  /** A named person, with a role and affiliation or nulls, in the next sentence. */
  Story person(String name, String role, String affiliation) {
    people.add(new PersonMention(name, role, affiliation, next(name == null ? role : name)));
    return this;
  }

  /** A named person, with a role and affiliation or nulls, in the same sentence as the last fact. */
  Story alsoPerson(String name, String role, String affiliation) {
    people.add(new PersonMention(name, role, affiliation, new Span("s" + sentences, 0, name.length())));
    return this;
  }

  /** A named person whose sentence gives their sex ("Mrs", "she"), in the next sentence. */
  Story personOfSex(String name, String role, PersonMention.Gender gender) {
    people.add(new PersonMention(name, role, null, next(name), gender));
    return this;
  }

  /** The headline {@code text}, naming {@code name}: the article's first sentence. */
  Story headline(String text, String name) {
    if (sentences != 0) {
      throw new IllegalStateException("the headline is the first sentence");
    }
    return personWithin(text, name, null, null);
  }

  /** A named person written inside {@code sentence}, with a role or null and a sex or null, in the next sentence. */
  Story personWithin(String sentence, String name, String role, PersonMention.Gender gender) {
    sentences++;
    texts.put(sentences, sentence);
    int at = sentence.indexOf(name);
    people.add(new PersonMention(name, role, null, new Span("s" + sentences, at, at + name.length()), gender));
    return this;
  }

  /** A named person with no role, tied to {@code affiliation} ("Ann Hale of the port authority"), written inside {@code sentence}, in the next sentence. */
  Story personOfWithin(String sentence, String name, String affiliation) {
    sentences++;
    texts.put(sentences, sentence);
    int at = sentence.indexOf(name);
    people.add(new PersonMention(name, null, affiliation, new Span("s" + sentences, at, at + name.length())));
    return this;
  }

  /** Another named person written inside the last sentence, with a role or null. */
  Story alsoWithin(String name, String role) {
    int at = texts.get(sentences).indexOf(name);
    people.add(new PersonMention(name, role, null, new Span("s" + sentences, at, at + name.length())));
    return this;
  }

  /** A named person without a role, in the next sentence. */
  Story person(String name) {
    return person(name, null, null);
  }

  /** A person described by role alone, in the next sentence. */
  Story described(String description) {
    return person(null, description, null);
  }

  /** A person described by role alone, written inside {@code sentence}, in the next sentence. */
  Story describedWithin(String sentence, String description) {
    return describedWithin(sentence, description, null);
  }

  /** A person described by role alone and tied to {@code affiliation}, written inside {@code sentence}, in the next sentence. */
  Story describedWithin(String sentence, String description, String affiliation) {
    sentences++;
    texts.put(sentences, sentence);
    int at = sentence.indexOf(description);
    people.add(new PersonMention(null, description, affiliation,
        new Span("s" + sentences, at, at + description.length())));
    return this;
  }

  /** An organisation, in the next sentence. */
  Story organisation(String name, String acronym) {
    entities.add(new EntityMention(name, EntityMention.Kind.ORGANIZATION, "ORGANIZATION", acronym, next(name)));
    return this;
  }

  /** A place, in the next sentence. */
  Story place(String name, String type) {
    entities.add(new EntityMention(name, EntityMention.Kind.PLACE, type, null, next(name)));
    return this;
  }

  /** A place written inside {@code sentence}, in the next sentence. */
  Story placeWithin(String sentence, String name, String type) {
    sentences++;
    texts.put(sentences, sentence);
    int at = sentence.indexOf(name);
    entities.add(new EntityMention(name, EntityMention.Kind.PLACE, type, null,
        new Span("s" + sentences, at, at + name.length())));
    return this;
  }

  /** A quote credited to {@code speaker} as written, in the next sentence. */
  Story quote(String text, String speaker) {
    Span span = next(text);
    quotes.add(new Quote(text, false, speaker, "test", List.of(span.sentence()), span));
    return this;
  }

  /** A quotation credited to {@code speaker} running through the next sentences, one for each of {@code parts}. */
  Story quotation(String speaker, String... parts) {
    List<String> ids = new ArrayList<>();
    for (String part : parts) {
      sentences++;
      texts.put(sentences, part);
      ids.add("s" + sentences);
    }
    quotes.add(new Quote(String.join(" ", parts), false, speaker, "test", ids, new Span(ids.get(0), 0, 1)));
    return this;
  }

  /** A quotation in the last sentence, credited to {@code speaker}. */
  Story creditedHere(String speaker) {
    Span span = new Span("s" + sentences, 0, 1);
    quotes.add(new Quote("…", false, speaker, "test", List.of(span.sentence()), span));
    return this;
  }

  /** A sentence that names no one, in the next sentence. */
  Story sentence(String text) {
    sentences++;
    texts.put(sentences, text);
    return this;
  }

  /** A writer of the article. */
  Story author(String name) {
    credits.add(new Credit(name, "author", ""));
    return this;
  }

  Source source() {
    List<Sentence> all = new ArrayList<>();
    for (int i = 1; i <= sentences; i++) {
      all.add(new Sentence("s" + i, i == 1 ? Sentence.HEADLINE : 0, 0, 0, texts.getOrDefault(i, "")));
    }
    Article article = new Article(id, id + ".txt", "text", Metadata.EMPTY, List.of(), List.of(),
        List.of(), "hash");
    return new Source(article, new AnalyzedArticle(id, "hash", "test", null, all, people, credits,
        entities, List.of(), quotes, List.of()));
  }

  private Span next(String text) {
    sentences++;
    return new Span("s" + sentences, 0, text.length());
  }
}
