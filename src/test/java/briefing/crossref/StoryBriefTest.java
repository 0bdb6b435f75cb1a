package briefing.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.briefing.Event;
import briefing.model.briefing.EventDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryBriefTest {
  @Test
  void theBriefLeadsWithTheMainHappeningThenTellsTheRestInTimeOrderToTheLatest() {
    List<Event> events = List.of(
        event("old-flood", "2019-05-02", Event.Kind.BACKGROUND, "The harbour flooded in 2019.", "a", "b", "c"),
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("quote", "2023-02-06", Event.Kind.STORY, "“We cannot wait another winter,” the mayor said.", "a", "b"),
        event("dinner", "2023-02-05", Event.Kind.STORY, "Councillors met fishermen at a dinner.", "a"),
        event("repeat", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall!", "c"),
        event("works", "2023-02-09", Event.Kind.STORY, "Engineers began surveying the old wall.", "b"));

    assertEquals(List.of("vote", "dinner", "quote", "works"), StoryBrief.choose(events, 4),
        "main first; no background; a sentence never twice; a quotation only where room is left");
  }

  @Test
  void aPieceOfASentenceGivesWayToAWholeOne() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("piece", "2023-02-07", Event.Kind.STORY, "… said the ferry was likely to sail again on Tuesday …", "a", "b"),
        event("works", "2023-02-05", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the old wall.", "c"));

    assertEquals(List.of("vote", "works"), StoryBrief.choose(events, 2),
        "a fragment tells no happening, however many sources carry it");
  }

  @Test
  void aSentenceThatOnlyLeadsIntoAQuotationTellsNothing() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("lead-in", "2023-02-07", Event.Kind.STORY, "Mayor Ellen Harcourt answered her critics in a statement on Tuesday:", "a"),
        event("works", "2023-02-05", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the old wall.", "c"));

    assertEquals(List.of("vote", "works"), StoryBrief.choose(events, 2));
  }

  @Test
  void aSpeakersSentenceWithoutItsQuotationMarksIsAVoiceNotAnAccount() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("voice", "2023-02-06", Event.Kind.STORY, "Today my neighbours asked me to stand, and I think we should listen to them.", "b"),
        event("works", "2023-02-05", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the old wall.", "c"));

    assertEquals(List.of("vote", "works"), StoryBrief.choose(events, 2));
  }

  @Test
  void whatIsAnnouncedIsToldOnceAndInAWholeSentence() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("next", "2023-03-01", Event.Kind.ANNOUNCED, "Mayor Ellen Harcourt will open the works in March.", "a", "b"),
        event("fares", "2023-07-01", Event.Kind.ANNOUNCED, "… the fares would go up by a tenth in July …", "a", "b"),
        event("works", "2023-02-05", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the old wall.", "c"),
        event("crane", "2023-02-08", Event.Kind.STORY, "Dockers of Alder Bay moved the crane away from the wall.", "b"));

    assertEquals(List.of("vote", "works", "crane", "next"), StoryBrief.choose(events, 4));
  }

  @Test
  void aPlanAnnouncedForAfterTheLatestHappeningClosesTheBrief() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("next", "2023-W10", Event.Kind.ANNOUNCED, "Mayor Ellen Harcourt will open the works in the first week of March.", "a", "b"),
        event("crane", "2023-02-08", Event.Kind.STORY, "Dockers of Alder Bay moved the crane away from the wall.", "b"));

    assertEquals(List.of("vote", "crane", "next"), StoryBrief.choose(events, 3),
        "the dates shown never go back: the plan for March comes after the happening of February");
  }

  @Test
  void aPlanForADayBeforeTheLatestHappeningIsToldInItsPlaceInTime() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("crane", "2023-02-14", Event.Kind.STORY, "Dockers of Alder Bay moved the crane away from the wall.", "b"),
        event("next", "2023-02-10", Event.Kind.ANNOUNCED, "Mayor Ellen Harcourt will inspect the wall on Friday.", "a", "b"));

    assertEquals(List.of("vote", "next", "crane"), StoryBrief.choose(events, 3),
        "the latest happening closes the brief, and no date shown goes back");
  }

  @Test
  void whatIsAnnouncedClosesABriefTheStoryLeavesRoomForOnce() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("works", "2023-06-01", Event.Kind.ANNOUNCED, "Engineers from Tarrow Marine will start work in June.", "a", "b"),
        event("tickets", "2023-07-01", Event.Kind.ANNOUNCED, "Ferry tickets from Alder Bay go up in July.", "c"));

    assertEquals(List.of("vote", "works"), StoryBrief.choose(events, 3));
  }

  @Test
  void aHappeningDatedOnlyByItsMonthGivesWayToOneOfItsDay() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("month", "2023-02", Event.Kind.STORY, "Storms this month battered the coast of Alder Bay again.", "a", "b"),
        event("works", "2023-02-05", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the old wall.", "c"));

    assertEquals(List.of("vote", "works"), StoryBrief.choose(events, 2));
  }

  @Test
  void aSentenceThatMostlyRepeatsOneAlreadyToldIsLeftOut() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The Alder Bay council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("again", "2023-02-06", Event.Kind.STORY, "Alder Bay's council voted on Monday to rebuild its old harbour wall.", "a", "b"),
        event("works", "2023-02-05", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the old wall.", "c"));

    assertEquals(List.of("vote", "works"), StoryBrief.choose(events, 3));
  }

  @Test
  void ofHappeningsOneSourceReportsTheOneNearestTheRestOfTheStoryIsTold() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("praise", "2023-02-06", Event.Kind.STORY, "“The engineers of Tarrow Marine know every stone of it,” the mayor said.", "a", "b"),
        event("aside", "2023-02-05", Event.Kind.STORY, "Anglers from Penmor caught a record number of mackerel.", "a"),
        event("works", "2023-02-05", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the stones.", "c"));

    assertEquals(List.of("vote", "works"), StoryBrief.choose(events, 2));
  }

  @Test
  void aSceneWithNobodyInItGivesWayToAHappeningWithItsActors() {
    List<Event> events = List.of(
        event("vote", "2023-02-06", Event.Kind.STORY, "The council voted to rebuild the harbour wall.", "a", "b", "c"),
        event("scene", "2023-02-05", Event.Kind.STORY, "It used to be that a walk along the harbour wall was quiet.", "a"),
        event("works", "2023-02-05", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the harbour.", "c"));

    assertEquals(List.of("vote", "works"), StoryBrief.choose(events, 2));
  }

  @Test
  void theBriefStopsAtAboutANewsLeadsLength() {
    List<Event> events = new ArrayList<>();
    for (int day = 1; day <= 8; day++) {
      StringBuilder sentence = new StringBuilder("Mayor Harcourt");
      for (int word = 3; word <= 20; word++) {
        sentence.append(" thing").append((char) ('a' + day)).append((char) ('a' + word));
      }
      events.add(event("day-" + day, "2023-02-0" + day, Event.Kind.STORY, sentence + ".", "a"));
    }

    List<String> brief = StoryBrief.choose(events, StoryBrief.LENGTH);

    int words = brief.size() * 20;
    assertTrue(words >= StoryBrief.WORDS && words < StoryBrief.WORDS + 20,
        "20-word sentences until " + StoryBrief.WORDS + " words are told: " + brief);
  }

  @Test
  void theMainHappeningIsToldMoreFullyByTheReportsOwnOpenings() { // issue 13
    List<Source> sources = List.of(
        Story.article("a").sentence("Council backs wall")
            .sentence("The Alder Bay council voted on Tuesday to rebuild the harbour wall for $4 million.")
            .sentence("Work on the wall will begin in June and take eight months, the engineers said.")
            .sentence("Ferries will sail from the north quay while the work goes on.")
            .sentence("The harbour was first walled in 1890 by the merchants of the town.").source(),
        Story.article("b").sentence("Wall to be rebuilt")
            .sentence("Councillors in Alder Bay approved a $4 million rebuilding of the harbour wall on Tuesday.")
            .sentence("“We cannot wait another winter,” said Mayor Ellen Harcourt of the town.")
            .sentence("But he warned that the fares of the ferry would rise by a tenth.").source(),
        Story.article("c").sentence("Harbour vote")
            .sentence("ALDER BAY — About 300 residents packed the town hall for the vote, many of them fishermen.")
            .sentence("Using the old charts, she showed where the wall had cracked in the storms.").source());
    Event vote = vote("The Alder Bay council voted on Tuesday to rebuild the harbour wall for $4 million.",
        "a s2", "a s3", "a s4", "a s5", "b s2", "b s3", "b s4", "c s2", "c s3");

    List<Event.Excerpt> detail = StoryBrief.detail(List.of(vote), List.of("vote"), sources);

    assertEquals(List.of("a s3", "a s4", "c s2"), detail.stream()
            .map(d -> d.citation().article() + " " + d.citation().sentence()).sorted().toList(),
        "not the summary's paraphrase, a quotation, a pronoun's sentence or one past the opening: " + detail);
    assertTrue(detail.stream().anyMatch(d -> d.text().startsWith("About 300 residents")),
        "the wire dateline is left out: " + detail);
  }

  @Test
  void theMainHappeningIsNotToldByAsidesQuestionsOrASecondTally() { // issue 13
    List<Source> sources = List.of(
        Story.article("a").sentence("Council backs wall")
            .sentence("The Alder Bay council voted 6-3 on Tuesday to rebuild the harbour wall.")
            .sentence("Meanwhile, the Kent ferry company cut its summer prices by a third.")
            .sentence("Is the old harbour wall really worth saving?").source(),
        Story.article("b").sentence("Wall vote")
            .sentence("Councillors approved the plan by a vote of 7 to 2 after a long debate.")
            .sentence("Editor's note: An earlier version of this story misstated the cost.")
            .sentence("Fishermen who use the harbour every day had asked for the works since the storms.")
            .source());
    Event vote = vote("The Alder Bay council voted 6-3 on Tuesday to rebuild the harbour wall.",
        "a s2", "a s3", "a s4", "b s2", "b s3", "b s4");

    assertEquals(List.of("Fishermen who use the harbour every day had asked for the works since the storms."),
        StoryBrief.detail(List.of(vote), List.of("vote"), sources).stream().map(Event.Excerpt::text).toList());
  }

  @Test
  void theWordsTellingTheMainHappeningMoreFullyCountInTheBriefsLength() { // issue 13
    List<Source> sources = List.of(
        Story.article("a").sentence("Council backs wall")
            .sentence("The Alder Bay council voted on Tuesday to rebuild the harbour wall for $4 million.")
            .sentence("Work on the wall will begin in June and take eight months, the engineers of the town said.")
            .sentence("Ferries will sail from the north quay while the work goes on, the harbour master said.")
            .source(),
        Story.article("c").sentence("Harbour vote")
            .sentence("About 300 residents packed the town hall for the vote, many of them fishermen of the bay.")
            .source());
    Event vote = vote("The Alder Bay council voted on Tuesday to rebuild the harbour wall for $4 million.",
        "a s2", "a s3", "a s4", "c s2");
    List<Event> events = List.of(vote,
        event("crane", "2023-03-15", Event.Kind.STORY, "Dockers of Alder Bay moved the old crane away from the harbour wall before the builders came.", "a"),
        event("survey", "2023-03-16", Event.Kind.STORY, "Engineers from Tarrow Marine surveyed the cracked stones of the old wall along the northern quay.", "a"),
        event("ferry", "2023-03-17", Event.Kind.STORY, "The Kent ferry company moved its morning sailings from the harbour to the north quay for the summer.", "c"),
        event("fair", "2023-03-18", Event.Kind.STORY, "Fishermen of Alder Bay held a fair on the beach to raise money for the families of the bay.", "c"));

    StoryBrief.Told told = StoryBrief.Told.of(events, sources);

    assertEquals(5, StoryBrief.choose(events, StoryBrief.LENGTH).size(), "summaries alone leave room for all");
    assertEquals(List.of("vote", "fair"), told.events(),
        "the main happening told more fully leaves room for the latest alone: " + told);
    assertEquals(3, told.more().size(), told.toString());
  }

  /**
   * The council's vote of 14 March, summed up by {@code summary}, read from article a's second
   * sentence, citing the sentences {@code cited} names ("a s2", "b s3").
   */
  private static Event vote(String summary, String... cited) {
    List<Citation> citations = new ArrayList<>();
    for (String c : cited) {
      citations.add(new Citation(c.split(" ")[0], c.split(" ")[1]));
    }
    return new Event("vote", EventDate.parse("2023-03-14").orElseThrow(), Event.Kind.STORY, summary,
        new Citation("a", "s2"), citations, List.of(), List.of(), List.of(), null, 1.0);
  }

  private static Event event(String id, String date, Event.Kind kind, String summary, String... sources) {
    List<Citation> citations = new ArrayList<>();
    for (String s : sources) {
      citations.add(new Citation(s, "s9"));
    }
    return new Event(id, EventDate.parse(date).orElseThrow(), kind, summary, citations.get(0),
        citations, List.of(), List.of(), List.of(), null, 1.0);
  }
}
