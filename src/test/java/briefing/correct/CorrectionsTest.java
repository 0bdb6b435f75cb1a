package briefing.correct;

import static briefing.correct.TinyStory.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Diagnostic;
import briefing.model.briefing.Attested;
import briefing.model.Citation;
import briefing.model.briefing.Briefing;
import briefing.model.briefing.CoverageRow;
import briefing.model.briefing.EditorNote;
import briefing.model.briefing.Event;
import briefing.model.briefing.MentionLink;
import briefing.model.briefing.Naming;
import briefing.model.briefing.Person;
import briefing.model.briefing.SourceSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of correction, on a made-up story built record by record (issue 16). */
class CorrectionsTest {
  @TempDir Path dir;
  private final List<Diagnostic> problems = new ArrayList<>();

  private Briefing corrected(String yaml) throws IOException {
    Files.writeString(dir.resolve("corrections.yaml"), yaml);
    Briefing b = Corrections.read(dir, "content", problems).correct(TinyStory.briefing(), problems);
    assertConsistent(b);
    return b;
  }

  private String messages() {
    return problems.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  private static Person person(Briefing b, String id) {
    return b.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  private static Event event(Briefing b, String id) {
    return b.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  private static List<String> notes(Briefing b, String kind, String id) {
    return b.notes().stream().filter(n -> n.kind().equals(kind) && n.id().equals(id)).map(EditorNote::text).toList();
  }

  private static List<String> linked(Briefing b, MentionLink.Kind kind) {
    return b.links().stream().filter(l -> l.kind() == kind).map(l -> l.citation().article() + "#"
        + l.citation().sentence() + "=" + l.id()).toList();
  }

  /** Every id a briefing uses leads to something it holds, and the counts match its rows. */
  private static void assertConsistent(Briefing b) {
    Set<String> people = b.people().stream().map(Person::id).collect(Collectors.toSet());
    Set<String> events = b.events().stream().map(Event::id).collect(Collectors.toSet());
    for (MentionLink l : b.links()) {
      assertTrue((l.kind() == MentionLink.Kind.PERSON ? people : events).contains(l.id()), l.toString());
    }
    b.events().forEach(e -> assertTrue(people.containsAll(e.people()), e.toString()));
    b.quotes().forEach(q -> assertTrue(q.speaker() == null || people.contains(q.speaker()), q.toString()));
    b.namings().stream().filter(n -> n.kind().equals("person")).forEach(n -> assertTrue(people.contains(n.id())));
    assertEquals(people, b.coverage().stream().filter(r -> r.kind().equals("person")).map(CoverageRow::id)
        .collect(Collectors.toSet()));
    assertEquals(events, b.coverage().stream().filter(r -> r.kind().equals("event")).map(CoverageRow::id)
        .collect(Collectors.toSet()));
    for (SourceSummary s : b.sources()) {
      assertEquals(b.coverage().stream().filter(r -> r.sources().contains(s.article())).count(), s.facts());
    }
    assertTrue(events.containsAll(b.pinned()) && events.containsAll(b.keyDates()));
    for (int i = 1; i < b.events().size(); i++) {
      assertTrue(b.events().get(i - 1).date().compareTo(b.events().get(i).date()) <= 0, "events in date order");
    }
  }

  @Test
  void noCorrectionsFileLeavesTheBriefingAsItIs() {
    Briefing b = TinyStory.briefing();
    assertSame(b, Corrections.read(dir, "content", problems).correct(b, problems));
    assertTrue(problems.isEmpty());
  }

  @Test
  void mergingTwoPeopleMakesOnePersonWhoseLinksAndNamesFollow() throws IOException {
    Briefing b = corrected("people:\n  - merge: [Ellen Harcourt, E. Harcourt]\n");
    assertEquals("", messages());
    assertEquals(List.of("ellen-harcourt", "tom-lee"), b.people().stream().map(Person::id).toList());
    Person mayor = person(b, "ellen-harcourt");
    assertEquals(List.of(c("gazette", 2), c("radio", 3), c("radio", 5)), mayor.mentions());
    assertEquals(List.of("Ellen Harcourt", "E. Harcourt"), mayor.spellings().stream().map(Attested::value).toList());
    assertTrue(linked(b, MentionLink.Kind.PERSON).contains("radio#s5=ellen-harcourt"));
    assertEquals(List.of("Merged by the editor: the sources' Ellen Harcourt, E. Harcourt are one person."),
        notes(b, "person", "ellen-harcourt"));
  }

  @Test
  void splittingAPersonByArticleGivesThatArticlesMentionsToSomeoneNew() throws IOException {
    Briefing b = corrected("people:\n  - split: Tom Lee\n    article: radio\n    name: Tom Lee Sr\n");
    assertEquals("", messages());
    assertEquals(List.of(c("gazette", 4)), person(b, "tom-lee").mentions());
    Person split = person(b, "tom-lee-sr");
    assertEquals(List.of(c("radio", 4)), split.mentions());
    assertEquals(List.of("fisherman"), split.roles().stream().map(Attested::value).toList());
    assertTrue(linked(b, MentionLink.Kind.PERSON).contains("radio#s4=tom-lee-sr"));
    assertTrue(linked(b, MentionLink.Kind.PERSON).contains("gazette#s4=tom-lee"));
    assertFalse(b.namings().stream().anyMatch(n -> n.id().equals("tom-lee")), "one spelling each now");
    assertEquals(List.of("Split by the editor from Tom Lee."), notes(b, "person", "tom-lee-sr"));
  }

  @Test
  void splittingAPersonBySpellingNamesTheNewPersonByThatForm() throws IOException {
    Briefing b = corrected("people:\n  - split: tom-lee\n    spelling: t lee\n");
    assertEquals("", messages());
    assertEquals(List.of(c("radio", 4)), person(b, "t-lee").mentions());
    assertEquals("T. Lee", person(b, "t-lee").name());
  }

  @Test
  void renamingAPersonMovesTheirPageAndEveryLinkToTheNewName() throws IOException {
    Briefing b = corrected("people:\n  - rename: Ellen Harcourt\n    to: Ellen M. Harcourt\n");
    assertEquals("", messages());
    Person mayor = person(b, "ellen-m-harcourt");
    assertEquals("Ellen M. Harcourt", mayor.name());
    assertEquals(List.of("ellen-m-harcourt"), event(b, "2023-03-14-council-vote").people());
    assertEquals("ellen-m-harcourt", b.quotes().get(0).speaker());
    assertTrue(linked(b, MentionLink.Kind.PERSON).contains("gazette#s2=ellen-m-harcourt"));
    assertEquals(List.of("Name set by the editor (the sources: Ellen Harcourt)."), notes(b, "person", "ellen-m-harcourt"));
  }

  @Test
  void settingARoleAndAnAffiliationPutsTheEditorsRoleFirst() throws IOException {
    Briefing b = corrected("people:\n  - person: Tom Lee\n    role: harbour master of Alder Bay\n    affiliation: Alder Bay\n");
    assertEquals("", messages());
    Person master = person(b, "tom-lee");
    assertEquals(List.of("harbour master of Alder Bay", "harbour master", "fisherman"),
        master.roles().stream().map(Attested::value).toList());
    assertTrue(master.roles().get(0).citations().isEmpty(), "the editor's role cites no source");
    assertEquals("Alder Bay", master.affiliation());
    assertEquals(List.of("Role set by the editor.", "Affiliation set by the editor."), notes(b, "person", "tom-lee"));
  }

  @Test
  void hidingAPersonDropsTheirLinksAndLeavesTheirQuotesUnattributed() throws IOException {
    Briefing b = corrected("people:\n  - hide: Ellen Harcourt\n");
    assertEquals("", messages());
    assertFalse(b.people().stream().anyMatch(p -> p.id().equals("ellen-harcourt")));
    assertFalse(linked(b, MentionLink.Kind.PERSON).stream().anyMatch(l -> l.endsWith("=ellen-harcourt")));
    assertEquals(List.of(), event(b, "2023-03-14-council-vote").people());
    assertEquals(null, b.quotes().get(0).speaker());
  }

  @Test
  void hidingAnOrganisationDropsItAndItsNaming() throws IOException {
    Briefing b = corrected("organisations:\n  - hide: town council\n");
    assertEquals("", messages());
    assertTrue(b.organisations().isEmpty());
    assertEquals(List.of("tom-lee"), b.namings().stream().map(Naming::id).toList());
  }

  @Test
  void correctingAnEventsDateMovesItOnTheTimelineAndSaysSo() throws IOException {
    Briefing b = corrected("events:\n  - event: 2023-06-work-starts\n    date: 2023-02\n");
    assertEquals("", messages());
    assertEquals("2023-06-work-starts", b.events().get(0).id(), "February comes first");
    assertEquals("2023-02", event(b, "2023-06-work-starts").date().value());
    assertEquals(List.of("Date corrected by the editor (read from the sources as 2023-06)."),
        notes(b, "event", "2023-06-work-starts"));
    assertTrue(b.coverage().stream().anyMatch(r -> r.label().equals("2023-02: Work is due to start in June.")));
  }

  @Test
  void correctingAnEventsSummaryKeepsItsSources() throws IOException {
    Briefing b = corrected("events:\n  - event: 2023-03-14-council-vote\n    summary: The council voted 5-2 to repair the harbour wall.\n");
    assertEquals("", messages());
    Event vote = event(b, "2023-03-14-council-vote");
    assertEquals("The council voted 5-2 to repair the harbour wall.", vote.summary());
    assertEquals(List.of("gazette", "radio"), vote.sources());
    assertEquals(List.of("Summary written by the editor."), notes(b, "event", vote.id()));
  }

  @Test
  void mergingTwoEventsJoinsTheirSourcesAndTheirDatesLinkToTheFirst() throws IOException {
    Briefing b = corrected("events:\n  - merge: [2023-06-work-starts, 2023-06-repairs-begin]\n");
    assertEquals("", messages());
    assertEquals(2, b.events().size());
    Event work = event(b, "2023-06-work-starts");
    assertEquals(List.of("gazette", "radio"), work.sources());
    assertEquals(2, work.dates().size());
    assertEquals(List.of(new Event.Excerpt(new Citation("radio", "s6"), "Repairs are expected to begin in June …")),
        work.excerpts(), "the merged event cites radio by the words that reported the merged one");
    assertTrue(linked(b, MentionLink.Kind.EVENT).contains("radio#s6=2023-06-work-starts"));
    assertEquals(b.coverage().stream().filter(r -> r.exclusive() && r.sources().contains("radio")).count(),
        b.sources().get(1).exclusive(), "radio's exclusive facts recounted");
    assertEquals(List.of("Merged by the editor from 2 events of the sources."), notes(b, "event", work.id()));
  }

  @Test
  void splittingAnEventBySourceMakesThatSourcesReportAnEventOfItsOwn() throws IOException {
    Briefing b = corrected("events:\n  - split: 2023-03-14-council-vote\n    article: radio\n    date: 2023-03-15\n"
        + "    summary: The council confirmed the vote.\n");
    assertEquals("", messages());
    assertEquals(List.of("gazette"), event(b, "2023-03-14-council-vote").sources());
    Event split = b.events().stream().filter(e -> e.sources().equals(List.of("radio")) && e.date().value().equals("2023-03-15"))
        .findFirst().orElseThrow();
    assertEquals("The council confirmed the vote.", split.summary());
    assertEquals(List.of("… the council voted on Tuesday to repair the wall."),
        split.excerpts().stream().map(Event.Excerpt::text).toList(), "radio's words go with its sentence");
    assertEquals(List.of(), event(b, "2023-03-14-council-vote").excerpts());
    assertEquals(List.of(), split.people(), "no one is named in radio's sentence of the vote");
    assertTrue(linked(b, MentionLink.Kind.EVENT).contains("radio#s2=" + split.id()));
    assertTrue(notes(b, "event", "2023-03-14-council-vote").get(0).contains("Coast Radio News"));
  }

  @Test
  void hidingAnEventUnlinksItsDates() throws IOException {
    Briefing b = corrected("events:\n  - hide: 2023-06-repairs-begin\n");
    assertEquals("", messages());
    assertEquals(2, b.events().size());
    assertFalse(linked(b, MentionLink.Kind.EVENT).stream().anyMatch(l -> l.endsWith("=2023-06-repairs-begin")));
  }

  @Test
  void hidingTheBriefsMainHappeningTakesTheSentencesTellingItWithIt() throws IOException { // issue 13
    Briefing tiny = TinyStory.briefing();
    Briefing told = new Briefing(tiny.title(), tiny.sources(), tiny.people(), tiny.organisations(),
        tiny.places(), tiny.events(), List.of("2023-03-14-council-vote", "2023-06-work-starts"),
        tiny.figures(), tiny.quotes(), tiny.claims(), tiny.namings(), tiny.coverage(), tiny.links(),
        List.of(), List.of(), List.of(), List.of(new Event.Excerpt(TinyStory.c("radio", 2),
            "The council voted on Tuesday to repair the wall.")));
    Files.writeString(dir.resolve("corrections.yaml"), "events:\n  - pin: 2023-06-repairs-begin\n");
    Briefing pinned = Corrections.read(dir, "content", problems).correct(told, problems);
    Files.writeString(dir.resolve("corrections.yaml"), "events:\n  - hide: 2023-03-14-council-vote\n");
    Briefing hidden = Corrections.read(dir, "content", problems).correct(told, problems);

    assertEquals("", messages());
    assertEquals(told.briefDetail(), pinned.briefDetail(), "the main happening is still the brief's first");
    assertEquals(List.of(), hidden.briefDetail());
  }

  @Test
  void pinningAndOrderingTheKeyDatesAreRecordedForTheHomePage() throws IOException {
    Briefing b = corrected("events:\n  - pin: 2023-06-repairs-begin\n"
        + "  - key-dates: [2023-06-work-starts, 2023-03-14-council-vote]\n");
    assertEquals("", messages());
    assertEquals(List.of("2023-06-repairs-begin"), b.pinned());
    assertEquals(List.of("2023-06-work-starts", "2023-03-14-council-vote"), b.keyDates());
  }

  @Test
  void hidingAFigureComparisonDropsItsCoverageRow() throws IOException {
    Briefing b = corrected("figures:\n  - hide: usd (repair)\n");
    assertEquals("", messages());
    assertTrue(b.figures().isEmpty());
    assertFalse(b.coverage().stream().anyMatch(r -> r.kind().equals("figure")));
  }

  @Test
  void explainingAFigureConflictKeepsItWithTheEditorsNote() throws IOException {
    Briefing b = corrected("figures:\n  - explain: USD (repair)\n    note: >\n      The higher figure includes\n      the design work.\n");
    assertEquals("", messages());
    assertEquals(1, b.figures().size());
    assertEquals(List.of("The higher figure includes the design work."), notes(b, "figure", "USD (repair)"));
  }

  @Test
  void hidingAQuoteComparisonByItsWordsDropsIt() throws IOException {
    Briefing b = corrected("quotes:\n  - hide: not let it\n");
    assertEquals("", messages());
    assertTrue(b.quotes().isEmpty());
  }

  @Test
  void aCredibilityNoteGoesOnEverySourceOfTheOutlet() throws IOException {
    Briefing b = corrected("sources:\n  - outlet: coast radio news\n    note: A community station run by volunteers.\n");
    assertEquals(List.of("A community station run by volunteers."), notes(b, "source", "radio"));
    assertEquals(List.of(), notes(b, "source", "gazette"));
  }

  @Test
  void aCorrectionThatMatchesNothingIsAWarningNamingItsLine() throws IOException {
    Briefing b = corrected("# corrections\npeople:\n  - hide: Nobody Here\n  - merge: [Ellen Harcourt, ellen-harcourt]\n"
        + "events:\n  - key-dates: [2023-03-14-council-vote, gone]\n");
    assertEquals("""
        content/corrections.yaml:3: warning: stale correction: no one person is named 'Nobody Here'
          hint: the sources or their reading changed since it was written: update the correction or delete it
        content/corrections.yaml:4: warning: stale correction: 'Ellen Harcourt' and 'ellen-harcourt' are one person already
          hint: the sources or their reading changed since it was written: update the correction or delete it
        content/corrections.yaml:6: warning: stale correction: no event has the id 'gone'; the others are the key dates
          hint: the sources or their reading changed since it was written: update the correction or delete it""",
        messages());
    assertEquals(List.of("2023-03-14-council-vote"), b.keyDates());
    assertEquals(3, b.people().size());
  }

  @Test
  void aLinkToACorrectionsFileOutsideTheContentFolderIsSkipped(@TempDir Path elsewhere) throws IOException {
    Path outside = Files.writeString(elsewhere.resolve("corrections.yaml"), "people:\n  - hide: Tom Lee\n");
    Path content = Files.createDirectories(dir.resolve("content"));
    try {
      Files.createSymbolicLink(content.resolve("corrections.yaml"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    Briefing b = Corrections.read(content, "content", problems).correct(TinyStory.briefing(), problems);
    assertEquals(3, b.people().size());
    assertTrue(messages().startsWith("content/corrections.yaml: warning: is a link to a file outside"), messages());
  }

  @Test
  void theReadmesExampleOfEveryKindReadsWithoutAnError() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("## Correcting the briefing"));
    String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", section.indexOf("```yaml")));
    corrected(yaml);
    assertEquals(List.of(), problems.stream().filter(Diagnostic::isError).toList());
    assertEquals(Kinds.ALL.size() + 1, Corrections.read(dir, "content", new ArrayList<>()).size(),
        "an example of every kind, and of a person split both ways");
  }

  @Test
  void aTagTheYamlReaderCannotNameIsAnErrorWithItsLine() throws IOException {
    corrected("people:\n  - merge: [a, b]\n  - hide: !%20\n");
    assertTrue(messages().startsWith("content/corrections.yaml:3: error: not valid YAML"), messages());
  }

  @Test
  void malformedYamlAndUnknownKindsAreErrorsWithTheirLine() throws IOException {
    corrected("people:\n  - merge: [a, b\nevents:\n");
    assertTrue(messages().startsWith("content/corrections.yaml:3: error: not valid YAML"), messages());
    problems.clear();
    corrected("people:\n  - merge: [a, b]\n  - marry: a\nplaces:\n  - hide: x\nevents:\n  - event: x\n    date: tomorrow\n"
        + "  - hide: y\n    why: because\n");
    assertEquals(List.of(
        "content/corrections.yaml:3: error: unknown kind of correction 'people: marry'",
        "content/corrections.yaml:4: error: unknown section 'places'",
        "content/corrections.yaml:8: error: date: 'tomorrow' is not a date the timeline can place",
        "content/corrections.yaml:10: error: 'why' is not a key of events: hide"),
        problems.stream().filter(Diagnostic::isError).map(d -> d.format().lines().findFirst().orElseThrow())
            .toList());
  }
}
