package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.analyze.Analyses;
import briefing.analyze.cache.AnalysisCache;
import briefing.crossref.people.PeopleMerger;
import briefing.crossref.people.Speakers;
import briefing.ingest.Ingest;
import briefing.model.Article;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.briefing.Person;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample story's five articles, analysed (from the project's cache where it holds them) and cross-referenced. */
class SeedPeopleTest {
  private static List<Source> sources;
  private static CastOfPeople cast;

  @BeforeAll
  static void build() {
    List<Article> articles = Ingest.standard().read(Path.of("content"), "content").articles();
    List<AnalyzedArticle> analyses = Analyses.withCache(new AnalysisCache(Path.of(".briefing/analysis")))
        .analyze(articles).analyses();
    sources = new ArrayList<>();
    for (Article a : articles) {
      analyses.stream().filter(x -> x.article().equals(a.id())).findFirst()
          .ifPresent(x -> sources.add(new Source(a, x)));
    }
    cast = PeopleMerger.merge(sources);
  }

  @Test
  void ryabkovIsOnePersonWhicheverWayHeIsSpelled() {
    List<Person> ryabkovs = cast.people().stream().filter(p -> p.name().endsWith("Ryabkov")).toList();
    assertEquals(1, ryabkovs.size(), cast.people()::toString);
    Person ryabkov = ryabkovs.get(0);
    assertEquals(List.of("Ryabkov", "Sergei Ryabkov", "Sergey Ryabkov"),
        ryabkov.spellings().stream().map(s -> s.value()).sorted().toList());
    assertEquals("Russian Deputy Foreign Minister", ryabkov.roles().get(0).value());
    for (Source s : sources) {
      for (PersonMention m : s.analysis().people()) {
        if (m.named() && m.name().contains("Ryabkov")) {
          assertEquals(Optional.of(ryabkov.id()), cast.idOf(s.id(), m.name()), s.id() + " " + m.name());
        }
      }
    }
  }

  @Test
  void everyNewsmakerHasARoleWhereAnySourceGivesOne() {
    for (Person p : cast.people()) {
      boolean given = sources.stream().flatMap(s -> s.analysis().people().stream()
              .filter(m -> m.role() != null && cast.idOf(s.id(), m.named() ? m.name() : m.role())
                  .equals(Optional.of(p.id()))))
          .findAny().isPresent();
      assertEquals(given, !p.roles().isEmpty(), p.name());
    }
    assertTrue(cast.people().stream().filter(p -> p.name().equals("Antony Blinken"))
        .allMatch(p -> p.roles().get(0).value().endsWith("Secretary of State") && p.roles().size() == 2));
  }

  @Test
  void writersAndPhotographersAreNotInTheWhosWho() {
    for (String credit : List.of("Toms Kalnins", "Sergey Dolzhenko", "Trevor Hunnicutt", "Andrew Osborn",
        "Asma Hussain")) {
      assertFalse(cast.people().stream().anyMatch(p -> p.name().equals(credit)), credit);
    }
  }

  @Test
  void everyQuoteSpeakerThatNamesAPersonResolves() {
    for (Source s : sources) {
      s.analysis().quotes().stream().filter(q -> q.attributed() && Speakers.looksLikeName(q.speaker())
              && !q.speaker().contains("Department"))
          .forEach(q -> assertTrue(cast.idOf(s.id(), q.speaker()).isPresent(), s.id() + " " + q.speaker()));
    }
  }
}
