package briefing.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.analyze.quotes.ContinuedQuote;
import briefing.analyze.quotes.QuoteThenSpeaker;
import briefing.analyze.quotes.Quotes;
import briefing.analyze.quotes.SentenceSubject;
import briefing.analyze.quotes.SpeakerInNextSentence;
import briefing.analyze.quotes.SpeakerThenQuote;
import briefing.eval.SeedPeopleEvaluation;
import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Credit;
import briefing.model.Metadata;
import briefing.model.Origin;
import briefing.model.Sourced;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.PersonMention;
import briefing.model.analysis.Quote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each people and quote rule on a made-up paragraph or two, then the seed articles as a whole. */
class PeopleAndQuotesTest {

  @Test
  void quoteThenNameAndSaidIsCreditedToThatName() {
    Quote q = onlyQuote(analyze("\"The bridge will open in May,\" Mayor Anna Kowalski said."));
    assertEquals("Anna Kowalski", q.speaker());
    assertEquals(QuoteThenSpeaker.NAME, q.rule());
    assertFalse(q.partial());
  }

  @Test
  void aPartialQuotationInAClauseAnotherReportsIsTheReporters() { // issue 13
    assertEquals("congressman", onlyQuote(analyze(
        "The congressman said Mr. Vell was \"not man enough\" to ask him.")).speaker());
    assertEquals("Ann Hallor", onlyQuote(analyze(
        "Ann Hallor told reporters that Tom Brand had \"no choice\" in the matter.")).speaker());
    assertEquals("Tom Lund", onlyQuote(analyze("The campaign repeated that, as Tom Lund said, Hallor"
        + " showed \"passion\" at the debate.")).speaker());
    // one who acts in the reported clause has the words: says, names, urges, accuses
    assertEquals("Tom Brand", onlyQuote(analyze(
        "Officials said Tom Brand called the plan \"a disgrace.\"")).speaker());
    assertEquals("Tom Brand", onlyQuote(analyze(
        "Aides said Tom Brand urged voters to \"stay home\" on Tuesday.")).speaker());
    assertEquals("Ann Hallor", onlyQuote(analyze(
        "Ann Hallor said she would \"fight to the end.\"")).speaker());
    // a speech verb of another clause reports nothing here
    assertEquals("Tom Brand", onlyQuote(analyze("When Ann Hallor asked whether he would run, Tom Brand"
        + " promised to \"think about it.\"")).speaker());
  }

  @Test
  void aVerbWithItsParticleIsSpeech() { // issue 13
    Quote q = onlyQuote(analyze("Tom Brand shot back: \"They got caught with their hand in the till.\""));
    assertEquals("Tom Brand", q.speaker());
    assertEquals(SpeakerThenQuote.NAME, q.rule());
    assertEquals("Lund", onlyQuote(analyze("But, as Mr. Lund pointed out, \"the committees of"
        + " jurisdiction determine the details.\"")).speaker());
  }

  @Test
  void aPartialQuotationsSubjectMayStandBeforeAnAside() { // issue 13
    AnalyzedArticle a = analyze("Tom Lund, for the record, called the night \"a solid win for Hallor\""
        + " and called Brand \"competent.\"");
    assertEquals(List.of("Tom Lund", "Tom Lund"), a.quotes().stream().map(Quote::speaker).toList());
  }

  @Test
  void heGoesOnWithTheOneTheSentenceBeforeOpensWith() { // issue 13
    AnalyzedArticle a = analyze("Mr. Lund tried to be respectful, but he showed his irritation when"
        + " Mr. Cole kept interrupting.", "\"I know you're under duress,\" he told the vice president.");
    assertEquals("Lund", a.quotes().get(0).speaker());
    assertEquals("Lund", onlyQuote(analyze("In his interview, Lund also hammered Cole for what he"
        + " called his \"utter failure when it comes to jobs.\"")).speaker());
    // nor where another is the object of the opener's verb, who may be the one who answers
    assertNull(analyze("Dan Cole fired Tom Brand on Friday.", "\"I was blindsided,\" he said.")
        .quotes().get(0).speaker());
    // a sentence that opens with two people leaves "he" unclear
    assertNull(analyze("Tom Brand and Dan Cole met on Monday.", "\"We agreed,\" he said.")
        .quotes().get(0).speaker());
  }

  @Test
  void heGoesOnWithAPostThatOpensTheSentenceBeforeItsNames() { // issue 13
    AnalyzedArticle a = analyze("The congressman also expressed concern about the toll the episode"
        + " was taking on his wife, Ann Hale, a longtime aide to Secretary of State Hillary Cole.",
        "\"I'm protecting my wife,\" he told reporters.");
    assertEquals("congressman", a.quotes().get(0).speaker());
    // not where the names are the objects of its verb
    assertNull(analyze("The mayor attacked Tom Brand and Dan Cole at the meeting.",
        "\"That is false,\" he said.").quotes().get(0).speaker());
  }

  @Test
  void heIsTheOneOfTwoToldToBeAMan() { // issue 13
    assertEquals("Tom Brand", analyze("Ann Hallor attacked Tom Brand at the debate.",
        "\"That is false,\" he said.").quotes().get(0).speaker());
    assertEquals("Ann Hallor", analyze("Tom Brand praised Ann Hallor at the meeting.",
        "\"He has been a great help,\" she said.").quotes().get(0).speaker());
  }

  @Test
  void aBarePostIsNotTheRankedPostNamedBefore() { // issue 13
    // "the president" is no shorter "the vice president", nor "the director" "the deputy director"
    AnalyzedArticle a = analyze("Tom Brand did everything President Dan Cole did not last week.",
        "The vice president dominated the spotlight in the debate.",
        "\"I thought Tom Brand was terrific tonight,\" the president told reporters.");
    assertEquals("president", a.quotes().get(0).speaker());
    AnalyzedArticle directors = analyze("\"We must wait,\" the deputy director said.",
        "\"We will rebuild the bridge,\" the director said.");
    assertEquals("director", directors.quotes().get(1).speaker());
    // a former mayor is described again as the mayor
    assertEquals("former mayor", analyze("\"We must wait,\" the former mayor said.",
        "\"We will rebuild the bridge,\" the mayor said.").quotes().get(1).speaker());
    // a fuller description of the same post still completes the bare one
    AnalyzedArticle spokes = analyze("\"We will talk,\" a State Department spokesperson said.",
        "\"The talks went well,\" the spokesperson said.");
    assertEquals("State Department spokesperson", spokes.quotes().get(1).speaker());
  }

  @Test
  void aQuotationOpenedWithOneStyleOfMarkAndClosedWithTheOtherIsAQuotation() { // issue 13
    Quote q = onlyQuote(analyze("\"The toll stays for the winter,” a spokesman for the harbour board said."));
    assertEquals("The toll stays for the winter", q.text());
    assertEquals("spokesman for the harbour board", q.speaker());
    assertEquals("The toll stays for the winter", onlyQuote(analyze(
        "“The toll stays for the winter,\" Mayor Ann Cole said.")).text());
    // the straight marks at either end are not one quotation over the words between them
    AnalyzedArticle a = analyze("\"The toll stays for the winter,” a spokesman for the harbour board"
        + " said. “It pays for the new bridge.\"");
    assertEquals(List.of("The toll stays for the winter", "It pays for the new bridge."),
        a.quotes().stream().map(Quote::text).toList());
    assertEquals("spokesman for the harbour board", a.quotes().get(0).speaker());
  }

  @Test
  void inchMarksAreNoQuotationMarksBesideMarksOfTheOtherStyle() { // issue 13
    assertEquals(List.of("We got 6\" of rain on Monday and 10\" of snow on Tuesday"), analyze(
        "“We got 6\" of rain on Monday and 10\" of snow on Tuesday,” said Tom Hale, a forecaster in Lund.")
        .quotes().stream().map(Quote::text).toList());
    assertEquals(List.of(), analyze("Hale is 5'10\" and Cole is 6’2”, the roster says.").quotes());
    assertEquals(List.of(), analyze("The quay wall is 12\" thick.", "The new guard is 6’2”, the coach said.")
        .quotes());
  }

  @Test
  void marksOfOneStyleArePairedAsBeforeBesideAStrayMarkOfTheOther() { // issue 13
    // a quotation running over two paragraphs opens each and closes once
    AnalyzedArticle a = analyze("“The toll stays for the winter.", "“The bridge opens in May,” Mayor Ann Cole said.",
        "The quay is 12\" lower than the bridge, the mayor said.");
    assertEquals(List.of("The toll stays for the winter.", "The bridge opens in May"),
        a.quotes().stream().map(Quote::text).toList());
    assertEquals(List.of("Ann Cole", "Ann Cole"), a.quotes().stream().map(Quote::speaker).toList());
  }

  @Test
  void aQuotationThenANameSetOffByAnAppositionIsTheNames() { // issue 13
    for (String speaker : List.of("Ann Hale, a Democrat,", "Ann Hale, 54,", "Ann Hale (D-Kent)",
        "Ann Hale, the harbour master,")) {
      assertEquals("Ann Hale", onlyQuote(analyze("\"The toll stays for the winter,\" " + speaker
          + " said.")).speaker(), speaker);
    }
    assertEquals("Tom Reyes", onlyQuote(analyze(
        "\"We will appeal,\" Tom Reyes, Ann Hale's lawyer, said.")).speaker());
    // a verb's object before the apposition does not speak
    for (String object : List.of("The mayor, who beat Ann Hale, a Democrat, said: \"The toll stays.\"",
        "The mayor thanked Ann Hale, a Democrat, then said: \"The toll stays.\"")) {
      assertNotEquals("Ann Hale", onlyQuote(analyze(object)).speaker(), object);
    }
    // a country's description is no person
    assertEquals(List.of(), unnamed(analyze("Japan, a key US ally, said the ships would stay.")));
    // but a description after a place, with the speech verb right after it, says the sentence
    assertEquals(List.of("Hale's lawyer"), unnamed(analyze("Rep. Tom Hale is expected to be charged by"
        + " the district attorney for Kent County, Hale's lawyer said Friday.")));
  }

  @Test
  void aPronounStandsForTheOnePersonTheSentenceBeforeDescribesByAPost() { // issue 13
    assertEquals("mayor", analyze("In an interview on Monday, the mayor said that he had misspoken.",
        "\"My intention has always been to be clear,\" he said.").quotes().get(0).speaker());
    // only the sentence's subject, by a post "he" may hold, not one of two, an object or a possessor
    for (String before : List.of("The congresswoman spoke on Monday.",
        "The crowd cheered the mayor.", "A meeting with the mayor was held on Monday.",
        "The mayor's aides were angry.", "The mayor and his wife voted on Monday.")) {
      assertNull(analyze(before, "\"We will win,\" he said.").quotes().get(0).speaker(), before);
    }
    // not one the sentence before says died
    for (String death : List.of("The former mayor died on Sunday.", "The mayor was killed on Sunday.",
        "The mayor passed away on Sunday.")) {
      assertNull(analyze(death, "\"He was a friend to all of us,\" she said.").quotes().get(0)
          .speaker(), death);
    }
    // and only where no one is named in the sentences before
    assertEquals("Tom Lund", analyze("Tom Lund said he was shocked.", "Police arrested the suspect on"
        + " Monday.", "\"It is a relief,\" he said.").quotes().get(0).speaker());
  }

  @Test
  void aSpeakersAppositionAndAnAsideAfterItBothStandBeforeTheVerb() { // issue 13
    assertEquals("Tom Lund", analyze("Sen. Tom Lund, R-Kent, who heads the party's campaign"
        + " committee, said Tuesday, \"I think it's a blockbuster revelation.\"").quotes().get(0)
        .speaker());
    // a second speech verb after "and" has the first one's speaker
    assertEquals(List.of("Tom Lund", "Tom Lund"), analyze("Sen. Tom Lund, R-Kent, said Tuesday, \"I"
        + " think it's a blockbuster revelation,\" and predicted, \"It will make the race closer.\"")
        .quotes().stream().map(Quote::speaker).toList());
    assertEquals("Ann Hale", analyze("Tom Lund told the mayor that he was wrong, and Ann Hale said,"
        + " \"He is right.\"").quotes().get(0).speaker());
    assertEquals("Tom Lund", analyze("The lawyer for Ann Hale, Tom Lund, who took the case in May,"
        + " said, \"She is innocent.\"").quotes().get(0).speaker(), "a name is no apposition");
  }

  @Test
  void whoTheWordsAreAccordingToIsTheirSpeakerUnlessACompanyIsNamed() { // issue 13
    assertEquals("Ann Hale", onlyQuote(analyze(
        "\"The toll stays for the winter,\" according to Ann Hale.")).speaker());
    assertEquals(List.of("spokesman for the harbour board"), unnamed(analyze(
        "The crossing takes 35 minutes, according to a spokesman for the harbour board.")));
    assertEquals(List.of(), unnamed(analyze(
        "The crossing takes 35 minutes, according to the operator, Kettle Ferries.")));
  }

  @Test
  void aSpeechVerbRightBeforeTheQuotationOrAfterBeforeAddingHasItsSpeaker() { // issue 13
    assertEquals("Ann Hale", onlyQuote(analyze(
        "Ann Hale, speaking to reporters, said \"The toll stays for the winter.\"")).speaker());
    assertEquals("Ann Hale", onlyQuote(analyze(
        "Ann Hale said the toll stays, before adding: \"It pays for the bridge.\"")).speaker());
  }

  @Test
  void quoteThenTitleNameAndSaidIsCreditedToTheNameNotTheTitle() {
    Quote q = onlyQuote(analyze("\"Talks will go on,\" Kremlin spokesman Ivan Sokolov said."));
    assertEquals("Ivan Sokolov", q.speaker());
  }

  @Test
  void saidBeforeAnUnnamedSpokespersonCreditsTheDescriptionAndMakesThemAPerson() {
    AnalyzedArticle a = analyze("\"We expect a decision soon,\" said a spokesperson for the city"
        + " council, who asked not to be named.");
    assertEquals("spokesperson for the city council", onlyQuote(a).speaker());
    assertTrue(a.people().stream().anyMatch(p -> !p.named()
        && p.role().equals("spokesperson for the city council")));
  }

  @Test
  void speakersDescribedInThePluralAreAGroupNoPerson() {
    AnalyzedArticle a = analyze("If the weather was too cold, the quay was too icy, analysts said afterward.",
        "Harbour officials at the port authority said the quay would reopen.",
        "A spokesman for the port said the work was done.");
    assertEquals(List.of("spokesman for the port"), a.people().stream().filter(p -> !p.named())
        .map(PersonMention::role).toList());
  }

  @Test
  void whoIsToldInAParticipleIsNotWhoSpeaks() { // issue 13
    assertEquals(List.of("spokesperson for Hale"), unnamed(analyze(
        "A spokesperson for Hale fired back Tuesday, telling Wessex Radio that the toll would stay.")));
    assertEquals(List.of("spokesperson for the harbour board"), unnamed(analyze(
        "\"The toll stays,\" said a spokesperson for the harbour board.")));
  }

  @Test
  void aSpeakerSetOffByAnAsideBeforeThenOrAlsoSpeaks() { // issue 13
    assertEquals(List.of("spokesman for the harbour board"), unnamed(analyze(
        "A spokesman for the harbour board, not seen on camera, then tells the crowd to leave.")));
    assertEquals("Ann Cole", onlyQuote(analyze(
        "Mayor Ann Cole, who spoke after the vote, also said, \"The toll stays for the winter.\"")).speaker());
  }

  @Test
  void nounsForPeopleInCampaignsAndCourtsDescribeSomeone() { // issue 13
    assertEquals(List.of("GOP presidential hopeful"),
        unnamed(analyze("The GOP presidential hopeful said the toll would stay.")));
    assertEquals(List.of("defendant"), unnamed(analyze("The defendant pleaded guilty on Monday.")));
    assertEquals(List.of("suspect"), unnamed(analyze("The suspect fled on Monday.")));
    assertEquals(List.of("longtime Hale ally"),
        unnamed(analyze("The longtime Hale ally said the toll would stay.")));
    assertEquals(List.of(), unnamed(analyze("Critics said the suspects fled on Monday.")), "groups");
  }

  @Test
  void theOneADescriptionServesIsNotTheSpeaker() { // issue 13
    assertEquals(List.of("senior aide to the mayor"),
        unnamed(analyze("A senior aide to the mayor said the toll would stay.")));
    Quote q = onlyQuote(analyze("\"The toll stays,\" a spokesman for Governor Ann Brand said."));
    assertEquals("spokesman for Governor Ann Brand", q.speaker(), "the spokesman speaks, not the governor");
  }

  @Test
  void oneOfAGroupIsOnePersonDescribed() { // issue 13
    assertEquals(List.of("One of the most senior Liberals in the House of Assembly"),
        unnamed(analyze("One of the most senior Liberals in the House of Assembly – where the"
            + " budget will pass or fail – said he backs the toll.")));
    assertEquals(List.of("One of the harbour's fiercest critics"),
        unnamed(analyze("One of the harbour's fiercest critics said on Tuesday that the toll must go.")));
    assertEquals(List.of(), unnamed(analyze("One of the reports said the toll must go.")),
        "one of the reports is no person");
  }

  @Test
  void aRoleBesideTheNameRunsOnThroughItsPrepositionalPhrases() { // issue 13
    AnalyzedArticle a = analyze("Ann Brand, the spokesman for the director of the harbour board,"
        + " said the toll would stay.");
    assertEquals("spokesman for the director of the harbour board", person(a, "Ann Brand").role());
    assertEquals(List.of(), unnamed(a), "the director she speaks for is not the speaker");
    assertEquals("professor at Kent College in Ashland", person(analyze("Ann Brand, a professor at"
        + " Kent College in Ashland, Va., said the toll would stay."), "Ann Brand").role());
  }

  @Test
  void aTitleOpeningTheSentenceIsTheRoleThoughTheTaggerTakesItForAnAdjective() { // issue 13
    assertEquals("Historian", person(analyze("Historian Ann Brand of Kent College told reporters the"
        + " reading was theatre."), "Ann Brand").role());
  }

  @Test
  void aParticipleBeforeTheRoleNounIsPartOfTheRole() { // issue 13
    assertEquals("acting director of the Harbour Board", person(analyze("The mayor will nominate"
        + " Rick Lund, the acting director of the Harbour Board, to take over the post."), "Rick Lund")
        .role());
    assertEquals("retired teacher from Ashland", person(analyze("Jim Kent, 54, a retired teacher"
        + " from Ashland, said he would vote no."), "Jim Kent").role());
    assertEquals("spokesman", person(analyze("Dan Lund, a spokesman representing farmers, said the"
        + " toll would stay."), "Dan Lund").role(), "a participle after the noun is not the role's");
  }

  @Test
  void aPostTheClauseSaysTheNameHoldsIsTheRole() { // issue 13
    assertEquals("executive director of Kent Watch", person(analyze("Joan Lund is the executive"
        + " director of Kent Watch, a group that tracks spending."), "Joan Lund").role());
    assertEquals("mayor of Ashland", person(analyze("Ann Hale was the mayor of Ashland."), "Ann Hale")
        .role());
    assertNull(person(analyze("Ann Hale was the first senator to vote against the plan."), "Ann Hale")
        .role(), "a first, not a post");
    assertNull(person(analyze("Ann Hale is not a senator, the court said."), "Ann Hale").role());
    assertNull(person(analyze("Ann Hale is the governor's choice for the post."), "Ann Hale").role());
    // a clause that is no report of a post, or no post: a denial, a story's part, a figure of
    // speech, a question, a verb
    for (String none : List.of("Joan Vell is no senator.", "In the film, Joan Vell is the mayor.",
        "Critics claim that Joan Vell was the real mayor.", "Joan Vell is the leader of the pack.",
        "Joan Vell was the architect of the plan.", "Joan Vell is the mayor? Not quite.",
        "Joan Vell is becoming mayor.", "Joan Vell was named coach.")) {
      assertNull(person(analyze(none), "Joan Vell").role(), none);
    }
  }

  @Test
  void oneOfSeveralHoldersKeepsTheRoleAsWritten() { // issue 13
    assertEquals("one of the top advisers to Hallor", person(analyze("\"It went well,\" said Tom"
        + " Lund, one of the top advisers to Hallor."), "Tom Lund").role());
    assertEquals("one of the top advisers to Hallor", person(analyze("Tom Lund, one of the top"
        + " advisers to Hallor, said it went well."), "Tom Lund").role());
    assertNull(person(analyze("Rick Reyes, one of the people who knew him best, said he was kind."),
        "Rick Reyes").role());
  }

  @Test
  void aNameBesideADescriptionInsideSeveralOrABodyIsTheDescriptions() { // issue 13
    assertEquals("district attorney in Kent", person(analyze("Spokesmen for the office of the district"
        + " attorney in Kent, Ann Hale, declined to comment."), "Ann Hale").role());
    assertEquals("mayor of Ashland", person(analyze("The office of the mayor of Ashland, Tom Lund,"
        + " said the road would reopen."), "Tom Lund").role());
    assertEquals("defendant", person(analyze("Lawyers for the defendant, Tom Lund, asked for a delay."),
        "Tom Lund").role());
    assertNull(person(analyze("Aides to the senators, Ann Hale, met on Monday."), "Ann Hale").role());
    // one person the name can be: the name is theirs
    assertEquals("spokesman for the mayor", person(analyze("A spokesman for the mayor, Tom Lund, said"
        + " the road would reopen."), "Tom Lund").role());
    assertNull(person(analyze("A friend of the senator, Ann Hale, said he was kind."), "Ann Hale").role());
  }

  @Test
  void aNameBesideADescriptionPastItsRelativeClauseIsTheDescriptions() { // issue 13
    AnalyzedArticle a = analyze("The businessman who had served as Hale's liaison to the council, Tom"
        + " Lund, pleaded guilty in August.");
    assertEquals("businessman", person(a, "Tom Lund").role());
    assertEquals(List.of(), unnamed(a), "one person, named");
    assertEquals("Ann Hale", analyze("\"It was fair,\" said the lawyer who represented the city, Ann"
        + " Hale.").quotes().get(0).speaker());
    // a person the clause names last may be whom the name is set beside
    assertNull(person(analyze("The man who shot the officer, Tom Lund, was arrested on Monday."),
        "Tom Lund").role());
    assertNull(person(analyze("The teacher who scolded the child, Tom Lund, 9, was suspended."),
        "Tom Lund").role());
    assertEquals("aide", analyze("\"I was there,\" said the aide who worked for the senator, Tom"
        + " Lund.").quotes().get(0).speaker());
    // nor a description set off itself, another name's
    assertNull(person(analyze("Tom Lund, the lawyer who represented the city, Ann Hale, a planner,"
        + " and Rick Reyes spoke on Monday."), "Ann Hale").role());
    // a description elsewhere in the sentence is someone else
    assertEquals(List.of("mayor"), unnamed(analyze("The mayor debated Tom Lund, a mayoral candidate,"
        + " on Monday.")));
    assertEquals(List.of("spokesman"), unnamed(analyze("The spokesman said spokesman Tom Lund had"
        + " been fired.")));
  }

  @Test
  void oneToldOrAskedHearsTheWordsAndTheOneByNamesSpeaks() { // issue 13: "'Stop,' the mayor was told"
    assertNull(analyze("\"Stop,\" the mayor of Ashland was told.").quotes().get(0).speaker());
    assertEquals("Ann Hale", analyze("\"Stop,\" the mayor was told by Ann Hale, the mayor of Salem.")
        .quotes().get(0).speaker());
    // the words of one told something are still theirs
    assertEquals("Tom Lund", analyze("\"I was told to leave,\" Tom Lund said.").quotes().get(0)
        .speaker());
  }

  @Test
  void aPlacesRegionAfterTheDescriptionStandsBeforeTheVerb() { // issue 13
    assertEquals(List.of("mayor of Ashland"), unnamed(analyze("The mayor of Ashland, Oregon, said the"
        + " company was wrong.")));
    assertEquals("mayor of Ashland", analyze("\"It is wrong,\" the mayor of Ashland, Oregon, said.")
        .quotes().get(0).speaker());
    // only a description opening its clause: not another's apposition, an object, a thing's
    assertNotEquals("Tom Lund", analyze("\"We will appeal,\" a spokeswoman for Tom Lund, the mayor of"
        + " Ashland, Oregon, said.").quotes().get(0).speaker());
    for (String none : List.of("Tom Lund, who sued the mayor of Ashland, Oregon, said the city had lied.",
        "The lawsuit against the mayor of Ashland, Oregon, said the city had lied.",
        "Voters in Ashland, Oregon, said the company was wrong.")) {
      assertEquals(List.of(), unnamed(analyze(none)), none);
    }
    // a company's suffix is no region
    assertEquals(List.of("head of Acme, LP"), unnamed(analyze("The head of Acme, LP, said the plan"
        + " would fail.")));
  }

  @Test
  void aTitleNamingItsBodyAfterOfIsTheRole() { // issue 13
    assertEquals("Speaker of the House", person(analyze("Hallor then called out Speaker of the House"
        + " Tom Lund."), "Tom Lund").role());
    assertEquals("former Speaker of the House", person(analyze("Hallor then called out former"
        + " Speaker of the House Tom Lund (R-Kent)."), "Tom Lund").role());
    AnalyzedArticle then = analyze("Then-Deputy Secretary for Security Ann Hale testified in October.");
    assertEquals("Deputy Secretary for Security", person(then, "Ann Hale").role());
    assertEquals(List.of(), unnamed(then), "the title and the name are someone named");
    assertEquals(List.of("spokesperson for Hallor"), unnamed(analyze("A spokesperson for Hallor"
        + " fired back Tuesday, telling Wessex Radio that the plan was dead.")));
    assertEquals(List.of("spokesman for Governor Tom Lund"), unnamed(analyze("The spokesman for"
        + " Governor Tom Lund said the plan was dead.")), "the spokesman is the head, not the governor");
    assertEquals("Director of Communications", person(analyze("Director of Communications Tom Lund"
        + " said the statement was final."), "Tom Lund").role());
    assertEquals("Under Secretary of Defense for Policy", person(analyze("Under Secretary of Defense"
        + " for Policy Ann Hale said the talks were over."), "Ann Hale").role());
    // several holders, and a name opening the next clause where the comma is left out
    assertNull(person(analyze("Members of the House Tom Lund and Ann Hale met Hallor."), "Tom Lund")
        .role());
    assertNull(person(analyze("In a letter to the Speaker of the House Tom Lund wrote that the bill"
        + " was dead."), "Tom Lund").role());
  }

  @Test
  void aRoleBeforeANameInAListSetOffBySemicolons() { // issue 13
    AnalyzedArticle a = analyze("They were joined by the House Democratic leader, Ann Hale of Ohio;"
        + " the Senate leader, Tom Lund of Nevada; and others.");
    assertEquals("House Democratic leader", person(a, "Ann Hale").role());
    assertEquals("Senate leader", person(a, "Tom Lund").role());
  }

  @Test
  void anOrganisationWhoseTheNameIsStandsBetweenRoleAndName() { // issue 13
    assertEquals("moderator", person(analyze("The moderator, Wessex News' Ann Hale, opened the debate"
        + " with a question."), "Ann Hale").role());
    assertEquals("moderator", person(analyze("Ann Hale of Wessex News was the moderator."), "Ann Hale")
        .role());
    assertNull(person(analyze("Ann Hale of Ashland was the winner."), "Ann Hale").role());
  }

  @Test
  void aWebAddressOrASecondRoleClosingTheSentenceKeepsTheRole() { // issue 13
    assertEquals("conservative blogger for kentwatch.com", person(analyze("Tom Lund, a conservative"
        + " blogger for kentwatch.com, wrote that the meeting was last week."), "Tom Lund").role());
    assertEquals("publisher", person(analyze("The video was posted on the site of Tom Lund, a"
        + " publisher and former editor of The Kent Report."), "Tom Lund").role());
  }

  @Test
  void oneOfAPluralRoleHoldsItAlone() { // issue 13
    AnalyzedArticle a = analyze("Hallor won with help from talk radio hosts like Ann Cole and Sam"
        + " Kent, who backed him early.");
    assertEquals("talk radio host", person(a, "Ann Cole").role());
    assertEquals("talk radio host", person(a, "Sam Kent").role());
    assertNull(person(analyze("Hallor won with help from places like Ashland and people like Ann Cole."),
        "Ann Cole").role(), "people are no role");
  }

  @Test
  void aWordForSomethingElseIsNoRole() { // issue 13
    assertEquals(List.of(), unnamed(analyze("The nerve agent was found in the water supply.")));
    assertNull(person(analyze("Tom Reyes, a key player in the talks, said the deal was close."),
        "Tom Reyes").role());
  }

  @Test
  void aRelativeClauseOrAnAdverbBesideTheNameMayGiveTheRole() { // issue 13
    assertEquals("mayor of Ashland", person(analyze("Ann Hale, who is the mayor of Ashland, said the"
        + " plan was costly."), "Ann Hale").role());
    assertEquals("mayor", person(analyze("Ann Hale, who served as mayor for a decade, said the plan"
        + " was costly."), "Ann Hale").role());
    assertNull(person(analyze("Ann Hale, who was the target of the probe, said the plan was costly."),
        "Ann Hale").role());
    assertEquals("senator from Kent", person(analyze("Ann Hale, also a senator from Kent, said the"
        + " plan was costly."), "Ann Hale").role());
    assertNull(person(analyze("Ann Hale, once a senator from Kent, said the plan was costly."),
        "Ann Hale").role(), "a post held before is a former one, which the sentence does not say");
    assertEquals("former teacher", person(analyze("Ann Hale, herself a former teacher, said the plan"
        + " was costly."), "Ann Hale").role());
    assertEquals("Fox News contributor", person(analyze("Ann Hale, a Fox News contributor, said the"
        + " plan was costly."), "Ann Hale").role());
  }

  @Test
  void aPartyBesideTheNameIsTheRoleTheSourceGives() { // issue 13
    assertEquals("Democrat of Wessex", person(analyze("Before the vote, Rick Lund, Democrat of"
        + " Wessex, asked the council to explain."), "Rick Lund").role());
    assertEquals("Republican from Kent", person(analyze("Ann Brand, a Republican from Kent, said the"
        + " toll would stay."), "Ann Brand").role());
  }

  @Test
  void aRoleJoinedToAnotherOrSaidWithWhenIsStillTheRole() { // issue 13
    assertEquals("harbour master", person(analyze("Rick Lund, the harbour master and the governor's"
        + " former chief of staff, joined the debate on Monday."), "Rick Lund").role());
    assertEquals("spokesman for the harbour board", person(analyze("Officials say the spokesman for"
        + " the harbour board at the time, Tommy Hallor, wrote to the council."), "Tommy Hallor").role());
  }

  @Test
  void aRoleJoinedToWhatElseTheNameIsIsStillTheRole() {
    assertEquals("editor of the Wessex Herald", person(analyze("The vote led Tom Hallor, editor of the"
        + " Wessex Herald and a leading voice of support for the toll, to call for a recount."),
        "Tom Hallor").role());
    // a list of names, a relative and another, a list of what else: no role
    AnalyzedArticle list = analyze("The mayor thanked Tom Hale, Ann Cole and Dan Reyes, a teacher at"
        + " the school, for their work.");
    assertNull(person(list, "Tom Hale").role());
    assertNull(person(list, "Ann Cole").role());
    assertNull(person(analyze("Tom Hale, his wife and a friend, were hurt."), "Tom Hale").role());
    assertNull(person(analyze("Tom Hale, the mayor and the council, agreed on the toll."), "Tom Hale").role());
  }

  @Test
  void aRoleWrittenAsOneHyphenatedWordIsWhole() { // issue 13
    assertEquals(List.of("sergeant-at-arms"), unnamed(analyze("The sergeant-at-arms removed a protester.")));
    assertEquals(List.of("commander-in-chief"),
        unnamed(analyze("The commander-in-chief said the ships would stay.")));
  }

  @Test
  void aPassivesAgentIsWhoDidItNotWhenOrWhatElse() { // issue 13
    assertEquals(List.of("governor"), unnamed(analyze("The harbour bill was signed by the governor in March.")));
    assertEquals(List.of(), unnamed(analyze("The fire was started by a faulty heater.")),
        "a thing the tagger takes for a title");
    assertEquals(List.of(), unnamed(analyze("Documents obtained by the lawyer for the family said"
        + " the toll was illegal.")), "the documents speak");
  }

  @Test
  void someoneCloseToOrAFriendOfIsNotTheOneTheyAreCloseTo() { // issue 13
    assertEquals(List.of("source close to the governor"),
        unnamed(analyze("A source close to the governor said the toll would stay.")));
    assertEquals(List.of(), unnamed(analyze("A friend of the governor said the toll would stay.")));
  }

  @Test
  void aSourceTheReportLeavesUnnamedIsASpeakerAndSoIsTheSourceAfter() { // issue 13
    assertEquals(List.of("source with knowledge of the talks", "source with knowledge of the talks"),
        unnamed(analyze("The toll will stay, a source with knowledge of the talks said on Friday.",
            "The source challenged one part of the account.")));
    assertEquals(List.of("person familiar with the plan"),
        unnamed(analyze("A person familiar with the plan, who spoke on condition of anonymity, said"
            + " the toll would stay.")));
    // after one spoke, a source of something is still a thing
    assertEquals(List.of("source close to the mayor"), unnamed(analyze(
        "A source close to the mayor said the leak came from the plant.",
        "The source of the leak was not found.")));
    // a source of something, with no source brought in before, is a thing
    assertEquals(List.of(), unnamed(analyze("The source of the leak remains unknown.",
        "The source challenged one part of the account.")));
    // the one someone is close to, with no noun for an unnamed person, stays no one
    assertEquals(List.of(), unnamed(analyze("A neighbour with knowledge of the harbour said the toll would stay.")));
  }

  @Test
  void aRoleBesideTheNameLeavesOutWhenAndInWhatCase() { // issue 13
    assertEquals("member of the board", person(analyze("Ann Brand, a member of the board for 20"
        + " years, said the toll would stay."), "Ann Brand").role());
    assertEquals("spokeswoman for the mayor", person(analyze("Ann Brand, a spokeswoman for the mayor"
        + " at the time, said the toll would stay."), "Ann Brand").role());
  }

  @Test
  void quantifiersNewspapersAndAsidesAreNoSecondReference() { // issue 13
    assertEquals(List.of(), unnamed(analyze("No Republican has said publicly that the toll should go.")));
    assertEquals(List.of(), unnamed(analyze("The Independent reported that the toll would stay.")));
    assertEquals(List.of(), unnamed(analyze("The committee's top Republican said the toll should go.")));
    assertEquals(List.of(), unnamed(analyze("Wessex, one of the harbour's closest allies, said it"
        + " would send aid.")));
  }

  @Test
  void aSecondReferenceByPartyOrAgeIsAPersonDescribed() { // issue 13
    assertEquals(List.of("New York Democrat"),
        unnamed(analyze("The New York Democrat said the toll would stay.")).stream()
            .filter(r -> r.contains("Democrat")).toList());
    assertEquals(List.of("46-year-old"), unnamed(analyze("The 46-year-old said he would not resign.")));
    assertEquals(List.of(), unnamed(analyze("Democrats said the toll would stay.")), "a party is no person");
  }

  @Test
  void aStafferAndAPollsterArePeopleDescribed() { // issue 13
    assertEquals(List.of("Democratic staffer"),
        unnamed(analyze("\"We were never told,\" a Democratic staffer said.")));
    assertEquals("Pollster", person(analyze("Pollster Ann Brand said the race was close."), "Ann Brand").role());
  }

  @Test
  void whoDidWhatAPassiveTellsIsAPersonDescribed() { // issue 13
    assertEquals(List.of("political novice"),
        unnamed(analyze("The mayor's rival was soundly defeated by a political novice on Tuesday.")).stream()
            .filter(r -> r.contains("novice")).toList());
    assertEquals(List.of("governor"), unnamed(analyze("The harbour bill was signed by the governor.")));
    assertEquals(List.of(), unnamed(analyze("The toll was set by law in 2019.")));
  }

  @Test
  void aDescriptionBeforeANameThatEndsTheSentenceIsItsRole() {
    assertEquals("harbour spokesman", person(analyze(
        "\"The quay will reopen in May,\" said a harbour spokesman, Tom Lee."), "Tom Lee").role());
  }

  @Test
  void aPluralTitleBeforeNamesInAListIsEachNamesRole() {
    AnalyzedArticle a = analyze("Reps. Ann Cole, Jim Hart and Mary Kent said the bill would fail.");
    assertEquals(List.of("Rep.", "Rep.", "Rep."), java.util.stream.Stream.of("Ann Cole", "Jim Hart",
        "Mary Kent").map(n -> person(a, n).role()).toList());
    AnalyzedArticle senators = analyze("Sens. Tom Reed, D-Ore., and Jane Doe, R-Utah, said the bill would pass.");
    assertEquals(List.of("Sen.", "Sen."), java.util.stream.Stream.of("Tom Reed", "Jane Doe")
        .map(n -> person(senators, n).role()).toList());
  }

  @Test
  void aRoleAfterTheNameEndsBeforeTheBracketsThatFollowIt() {
    assertEquals("spokesman for Mayor Ann Cole", person(analyze(
        "Tom Lee, spokesman for Mayor Ann Cole (D-Ore.), said the quay would reopen."), "Tom Lee").role());
  }

  @Test
  void aDescriptionAfterANameInAListOfNamesIsTheListsNextItem() {
    AnalyzedArticle a = analyze("\"Tom Lee, Ann Cole, Jim Hart, the mayor have nothing on her,\" he said.");
    assertNull(person(a, "Jim Hart").role());
    assertEquals("host of the show", person(analyze(
        "Jane Doe, the host of the show, said the governor disagreed."), "Jane Doe").role());
  }

  @Test
  void aVerbAfterToIsNoTitle() {
    assertEquals("Senator", person(analyze(
        "It began with his win in a special election in January 2010 to finish Senator Ann M. Cole's term."),
        "Ann M. Cole").role());
  }

  @Test
  void aLowerCaseNounBeforeACapitalisedTitleIsNoPartOfTheRole() {
    assertEquals("President", person(analyze(
        "Late on Sunday evening President Ann Cole said the schools would close."), "Ann Cole").role());
    assertEquals("Professor", person(analyze(
        "The spread of the outbreak worried flu expert Professor Tom Reed, who urged calm."), "Tom Reed").role());
    assertEquals("Scottish Health Secretary", person(analyze("Flu kills thousands each winter Jim Hart, "
        + "BBC medical correspondent Scottish Health Secretary Ann Cole said: \"We grieve.\""), "Ann Cole").role());
    assertNull(person(analyze("Ann Cole, lawmakers want more money for the quay."), "Ann Cole").role(),
        "a plural after the name lists others, it gives no role");
  }

  @Test
  void anIndefinitePronounBeforeATitleIsNoPartOfTheRole() {
    assertEquals("Mayor", person(analyze("Jane Doe did everything Mayor Anna Kowalski did not."),
        "Anna Kowalski").role());
    assertEquals("harbour master", person(analyze("The harbour master Tom Lee closed the port."),
        "Tom Lee").role());
  }

  @Test
  void aSpeakerThenAColonIsCreditedWithTheQuoteThatFollows() {
    Quote q = onlyQuote(analyze("Finance Minister Paul Obi told reporters: \"The budget is"
        + " balanced.\""));
    assertEquals("Paul Obi", q.speaker());
    assertEquals(SpeakerThenQuote.NAME, q.rule());
  }

  @Test
  void aNameInsideTheQuoteIsNotTheSpeaker() {
    Quote q = onlyQuote(analyze("\"Maria Lopez agreed with us,\" Jensen said."));
    assertEquals("Jensen", q.speaker());
  }

  @Test
  void aQuoteOpeningTheNextParagraphGoesOnFromTheLastSpeaker() {
    AnalyzedArticle a = analyze("\"We will vote tomorrow,\" Senator Maria Lopez said.",
        "\"Nobody should expect surprises.\"");
    assertEquals(2, a.quotes().size());
    assertEquals("Maria Lopez", a.quotes().get(1).speaker());
    assertEquals(ContinuedQuote.NAME, a.quotes().get(1).rule());
  }

  @Test
  void aQuoteAfterSomeoneElseIsNamedDoesNotGoOnFromTheLastSpeaker() {
    AnalyzedArticle a = analyze("\"We will vote tomorrow,\" Senator Maria Lopez said.",
        "Her rival Tom Reyes disagreed.",
        "\"Nobody should expect surprises.\"");
    assertNull(a.quotes().get(1).speaker());
    assertEquals(Quotes.UNATTRIBUTED, a.quotes().get(1).rule());
  }

  @Test
  void heInAPartialQuoteMeansTheOnePersonNamedJustBefore() {
    AnalyzedArticle a = analyze("Trade envoy Carl Jensen met farmers on Monday.",
        "He called the deal \"a fair start\" for both sides.");
    Quote q = onlyQuote(a);
    assertTrue(q.partial());
    assertEquals("Carl Jensen", q.speaker());
    assertEquals(SentenceSubject.NAME + "+pronoun", q.rule());
  }

  @Test
  void heAfterTwoPeopleAreNamedLeavesThePartialQuoteUnattributed() {
    AnalyzedArticle a = analyze("Carl Jensen and Peter Lopez met farmers on Monday.",
        "He called the deal \"a fair start\" for both sides.");
    assertNull(onlyQuote(a).speaker());
    // unless only one of them is told to be a man
    assertEquals("Carl Jensen", onlyQuote(analyze("Carl Jensen and Maria Lopez met farmers on Monday.",
        "He called the deal \"a fair start\" for both sides.")).speaker());
  }

  @Test
  void aPartialQuoteGoesToTheSubjectNotToThePersonAddressed() {
    Quote q = onlyQuote(analyze("Senator Maria Lopez called on Governor Tom Reyes to \"step"
        + " aside\" before the vote."));
    assertEquals("Maria Lopez", q.speaker());
  }

  @Test
  void aShortSentenceNamingTheSpeakerAfterTheQuoteCreditsIt() {
    Quote q = onlyQuote(analyze("Tariffs could bring \"a complete change in trade.\" Governor"
        + " Tom Reyes responded."));
    assertEquals("Tom Reyes", q.speaker());
    assertEquals(SpeakerInNextSentence.NAME, q.rule());
  }

  @Test
  void aShowTitleInQuotationMarksIsNoQuote() {
    assertTrue(analyze("Jensen told NBC's \"Meet the Press\" show that talks would resume.")
        .quotes().isEmpty());
    // a title qualifying a noun, which describes someone with it
    AnalyzedArticle host = analyze("Tom Lund said Thursday he has doubts.",
        "The \"Kent Today\" host said he would run.");
    assertTrue(host.quotes().isEmpty(), host.quotes().toString());
    assertEquals(List.of("\"Kent Today\" host"), unnamed(host));
    assertNull(host.people().stream().filter(p -> !p.named()).findFirst().orElseThrow().affiliation(),
        "the title names a show, not whom the host is with");
    assertEquals(1, analyze("The senator called the bill a \"Trojan Horse\" yesterday.").quotes().size(),
        "a day is no noun the title qualifies");
  }

  @Test
  void aTitleBeforeTheNameIsTheRoleAndItsNationalityTheAffiliation() {
    PersonMention p = person(analyze("French Foreign Minister Jean Dupont arrived in Rome."),
        "Jean Dupont");
    assertEquals("French Foreign Minister", p.role());
    assertEquals("France", p.affiliation());
  }

  @Test
  void anOrganisationAfterTheNameByOfIsTheAffiliationOfSomeoneWithNoRole() { // issue 13
    AnalyzedArticle a = analyze("Dr Ann Hale of the European Centre for Disease Prevention and Control said"
        + " most cases were mild. Tom Reyes of Portsmouth said the port would stay open. “It will mutate,”"
        + " explains Peter Walsh from the US National Institute of Allergy and Infectious Diseases.");
    PersonMention hale = person(a, "Ann Hale");
    assertNull(hale.role());
    assertEquals("European Centre for Disease Prevention and Control", hale.affiliation());
    // a place is where someone is from, not whom they work for
    assertNull(person(a, "Tom Reyes").affiliation());
    assertEquals("US National Institute of Allergy and Infectious Diseases", person(a, "Peter Walsh").affiliation());
    // another body or a post after "and" is no part of it; "from" after a verb of no speech is where someone came from
    AnalyzedArticle b = analyze("Peter Walsh of the World Health Organization and CDC officials said the virus"
        + " was mild. Google hired Michael Brown from Microsoft last year.");
    assertEquals("World Health Organization", person(b, "Peter Walsh").affiliation());
    assertNull(person(b, "Michael Brown").affiliation());
  }

  @Test
  void aTitleJoinedByAndToAnotherSharesItsCountry() {
    AnalyzedArticle a = analyze("French Foreign Minister Jean Dupont and Defence Minister Paul Marchand"
        + " arrived in Rome on Monday.");
    assertEquals("Defence Minister", person(a, "Paul Marchand").role());
    assertEquals("France", person(a, "Paul Marchand").affiliation());
  }

  @Test
  void aDescriptionBetweenCommasAfterTheNameIsTheRole() {
    PersonMention p = person(analyze("Ivan Petrov, Bulgaria's deputy energy minister, said the"
        + " plant would close."), "Ivan Petrov");
    assertEquals("Bulgaria's deputy energy minister", p.role());
    assertEquals("Bulgaria", p.affiliation());
  }

  @Test
  void aBareSurnameLaterOnTakesTheRoleGivenEarlier() {
    PersonMention p = person(analyze("French Foreign Minister John Miller arrived in Rome.",
        "On Tuesday, Miller said he was hopeful."), "Miller");
    assertEquals("French Foreign Minister", p.role());
  }

  @Test
  void aLoneSurnameAfterTheFullNameIsThatPersonWhateverTheTaggerSays() { // issue 12
    AnalyzedArticle a = analyze("Helen Banks, a nurse at Corlby Hospital, said the ward was full.",
        "Banks said staff were tired.", "The hospital asked Banks and Ford to stay on.",
        "Mayor Walter Ford agreed with Banks.");
    List<PersonMention> banks = a.people().stream()
        .filter(p -> p.named() && p.name().equals("Banks")).toList();
    assertEquals(3, banks.size(), a.people().toString());
    assertTrue(banks.stream().allMatch(p -> p.role() != null && p.role().contains("nurse")),
        banks.toString());
    // "Ford" before "Walter Ford" is named is no one yet.
    assertEquals(1, a.people().stream().filter(p -> p.named() && p.name().contains("Ford")).count(),
        a.people().toString());
    assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Banks")),
        a.entities().toString());
  }

  @Test
  void aLoneSurnameInASentenceThatShowsACompanyStaysNoPerson() {
    AnalyzedArticle a = analyze("Mayor Ed Carver opened the plant.",
        "Shares of Carver fell 4 percent.");
    assertEquals(List.of("Ed Carver"), a.people().stream().filter(PersonMention::named)
        .map(PersonMention::name).toList());
  }

  @Test
  void aPhotographerIsCreditedAndNeverANewsmaker() {
    Article article = article(List.of(new Credit("Lena Berg", "photo", "")),
        "Mayor Anna Kowalski opened the bridge. Photo by Lena Berg.");
    AnalyzedArticle a = new Analyzer().analyze(article, null);
    assertTrue(a.people().stream().noneMatch(p -> p.named() && p.name().contains("Berg")));
    assertTrue(a.people().stream().anyMatch(p -> p.named() && p.name().contains("Kowalski")));
  }

  @Test
  void theSeedArticlesHaveEveryNewsmakerWithARoleAndNearlyEveryQuoteCreditedRight()
      throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    SeedPeopleEvaluation.Result r = SeedPeopleEvaluation.run(Path.of("content/articles"), false,
        false, new PrintStream(sink, true, StandardCharsets.UTF_8));
    assertEquals(0, r.creditsWrong(), r.misses().toString());
    assertTrue(r.withRole() >= r.newsmakers() - 2, r.misses().toString());
    assertEquals(0, r.creditedWrong(), r.misses().toString());
    assertTrue(r.creditedRight() >= r.goldQuotes() - 3, r.misses().toString());
  }

  @Test
  void abbreviatedTitlesAndStateAbbreviationsNeitherSplitTheSentenceNorCutTheRole() {
    AnalyzedArticle a = analyze("Sen. Ann Cole, R-Ore., said the bill would pass. Texas Gov. Rick"
        + " Dale, in a written statement, said it would not. Lt. Gov. Rosa Vidal agreed.");
    assertEquals("Sen.", person(a, "Ann Cole").role());
    assertEquals("Texas Gov.", person(a, "Rick Dale").role());
    assertEquals("Lt. Gov.", person(a, "Rosa Vidal").role());
    assertEquals(3, a.sentences().size());
  }

  @Test
  void aCountrysShortFormBeforeATitleStaysInTheRoleAndGivesItsCountry() {
    // "U.S." is tagged a mere LOCATION by the three-class model: the role lost its country.
    AnalyzedArticle a = analyze("U.S. Deputy Secretary of State Marta Quell met the envoys on Sunday.",
        "U.S. President Tom Harlow has warned the rebels again.",
        "The top U.S. diplomat said the envoys would meet again.");
    assertEquals("U.S. Deputy Secretary of State", person(a, "Marta Quell").role());
    assertEquals("United States", person(a, "Marta Quell").affiliation());
    assertEquals("U.S. President", person(a, "Tom Harlow").role());
    PersonMention diplomat = a.people().stream().filter(p -> !p.named()).findFirst().orElseThrow();
    assertEquals("top U.S. diplomat", diplomat.role());
    assertEquals("United States", diplomat.affiliation());
  }

  @Test
  void partiesCourtsAndTitleModifiersStayInTheRole() {
    AnalyzedArticle a = analyze("Republican Gov. Tom Reed signed the bill.",
        "Supreme Court Justice Ada Fenn wrote the opinion.",
        "Senate Majority Leader Hal Dunn scheduled a vote.",
        "National Security Adviser Lena Ruiz briefed reporters.");
    assertEquals("Republican Gov.", person(a, "Tom Reed").role());
    assertEquals("Supreme Court Justice", person(a, "Ada Fenn").role());
    assertEquals("Senate Majority Leader", person(a, "Hal Dunn").role());
    assertEquals("National Security Adviser", person(a, "Lena Ruiz").role());
  }

  @Test
  void datelinesAndVerbsBeforeATitleAreNoPartOfTheRole() {
    AnalyzedArticle a = analyze("WASHINGTON — President Carl Brandt signed the order.",
        "Brandt threatened to fire General Otto Brill over the leak.");
    assertEquals("President", person(a, "Carl Brandt").role());
    assertEquals("General", person(a, "Otto Brill").role());
  }

  @Test
  void anAppositiveThatNamesSomeoneElseIsStillThisPersonsRole() {
    AnalyzedArticle a = analyze("Mary Kent, President Carl Brandt's national security adviser,"
        + " said talks would resume.", "Dan Ford, then the deputy trade representative, said so.",
        "Rob Gale, the mayor's former press secretary who now runs a firm, said it was wrong.");
    assertEquals("President Carl Brandt's national security adviser", person(a, "Mary Kent").role());
    assertEquals("deputy trade representative", person(a, "Dan Ford").role());
    assertEquals("mayor's former press secretary", person(a, "Rob Gale").role());
    assertTrue(a.people().stream().allMatch(PersonMention::named), a.people().toString());
  }

  @Test
  void reportersAWireCreditNamesInsideAParagraphAreCreditsNotNewsmakers() {
    AnalyzedArticle a = analyze("By Ann Lee, Health Editor KETTLEWELL (Reuters) - Mayor Tom Reed said the harbour would close.",
        "\"We have no choice,\" Reed said. (Reporting by Jim Hart and Mary Kent in Port Selwyn; Editing by "
            + "Dan Ford) An ultra-low latency infrastructure for trading.",
        "Additional reporting by Rob Gale and Eva Lund in Kettlewell; Sam Poe in Ardmore.");
    assertEquals(List.of("Tom Reed", "Reed"), a.people().stream().filter(PersonMention::named)
        .map(PersonMention::name).distinct().toList());
    assertTrue(a.credits().stream().map(c -> c.name()).toList().containsAll(
        List.of("Ann Lee", "Jim Hart", "Mary Kent", "Dan Ford", "Rob Gale", "Eva Lund", "Sam Poe")), a.credits().toString());
  }

  @Test
  void reportersAClosingLineCreditsAreCreditsNotNewsmakers() {
    AnalyzedArticle a = analyze("Mayor Ann Cole said the bridge would open in May.",
        "Harbor News' Matt Rivers and Jon Toms contributed to this report.");
    assertTrue(a.people().stream().noneMatch(p -> p.named()
        && (p.name().contains("Rivers") || p.name().contains("Toms"))), a.people().toString());
    assertTrue(a.credits().stream().anyMatch(c -> c.name().equals("Matt Rivers")), a.credits().toString());
    assertTrue(a.credits().stream().noneMatch(c -> c.name().contains("Harbor")), a.credits().toString());
  }

  @Test
  void aNameOfTwoWordsOnlyPutBetweenTheAndANounIsNoPerson() {
    AnalyzedArticle a = analyze(
        "Norland, the home of the Sandy Marsh school shooting, is the latest state to pass a gun law, Mayor Ann Cole said.");
    assertEquals(List.of("Ann Cole"), a.people().stream().filter(PersonMention::named)
        .map(PersonMention::name).distinct().toList());
  }

  @Test
  void aFirmNamedForItsPartnersIsNoPerson() {
    AnalyzedArticle a = analyze(
        "Mayor Ann Cole worked at the Boston office of Hale, Morrow, Finch, Keller and Dunne PC, where she was a partner.",
        "She later joined the law firm of Hale Morrow as counsel.",
        "From 1997 she was a partner in the office of Vane, Ostrow, Pell & Garrick in Boston.");
    assertEquals(List.of("Ann Cole"), a.people().stream().filter(PersonMention::named)
        .map(PersonMention::name).distinct().toList());
  }

  @Test
  void anInstitutionTheTaggerTakesForAPlaceIsPartOfTheRole() {
    PersonMention hart = person(analyze(
        "Outgoing White House economic adviser Tom Reyes warned Wednesday that the deal was at risk."), "Tom Reyes");
    assertTrue(hart.role().endsWith("White House economic adviser"), hart.role());
    assertEquals("White House", hart.affiliation());
    // the tagger may also run the sentence's capitalised first word into the organisation
    PersonMention cole = person(analyze(
        "Outgoing White House economic adviser Jim Hart warned Wednesday that the deal was at risk."), "Jim Hart");
    assertEquals("White House", cole.affiliation());
  }

  @Test
  void anOrganisationTheTaggerMissesBeforeATitleIsPartOfTheRole() {
    // "Weekly" is taken for a time, "Ledger" for nothing: the organisation was lost
    PersonMention hallor = person(analyze("Weekly Ledger Editor Tom Hallor, who led the charge, said"
        + " the toll was wrong."), "Tom Hallor");
    assertEquals("Weekly Ledger Editor", hallor.role());
    assertEquals("Weekly Ledger", hallor.affiliation());
    PersonMention brand = person(analyze("Harbour Watch Director Ann Brand said the toll was wrong."),
        "Ann Brand");
    assertEquals("Harbour Watch Director", brand.role());
    assertEquals("Harbour Watch", brand.affiliation());
    // one capitalised word may be a day, a word in "-s" a headline's verb
    assertEquals("President", person(analyze("On Sunday President Ann Brand said the toll was wrong."),
        "Ann Brand").role());
    assertEquals("Harbour Watch Director", person(analyze("Mayor Names Harbour Watch Director Ann Brand"
        + " to Run the Port"), "Ann Brand").role());
  }

  @Test
  void aTwoWordNameThatQualifiesARoleIsWholeInIt() {
    assertEquals("Ann Hale spokesman", person(analyze(
        "Ann Hale spokesman Dan Reyes said the mayor would not run again."), "Dan Reyes").role());
  }

  @Test
  void theWordsThatOpenAPostAreNotTheOrganisation() {
    PersonMention hart = person(analyze(
        "To bring more lawmakers on board, White House Press Secretary Jim Hart said any changes would be small."),
        "Jim Hart");
    assertEquals("White House Press Secretary", hart.role());
    assertEquals("White House", hart.affiliation());
  }

  @Test
  void aFirmWhereSomeoneWorksIsNoPerson() {
    AnalyzedArticle a = analyze(
        "A lawyer for Mr. Hart, Jim Cole of Barton Boggs, confirmed in a statement that prosecutors"
            + " intended to file criminal charges against his client.",
        "Cole, a partner with Barton Boggs, said the mayor was innocent.");
    assertEquals(List.of("Hart", "Jim Cole", "Cole"), a.people().stream().filter(PersonMention::named)
        .map(PersonMention::name).distinct().toList());
  }

  @Test
  void aNamePlacedNearbyIsAPlace() {
    assertEquals(List.of("Wilkes", "Ann Cole"), named(analyze(
        "In nearby Clayburn, a grand jury began hearing evidence against Wilkes, Mayor Ann Cole said.")));
  }

  @Test
  void aHyphenatedSurnameIsOneName() {
    AnalyzedArticle a = analyze("Mara Townsend-Saunders, whose son was hurt, came to the meeting.",
        "\u201cThings need to be looked into,\u201d Townsend-Saunders said.");
    assertEquals(List.of("Mara Townsend-Saunders", "Townsend-Saunders"), a.people().stream()
        .filter(PersonMention::named).map(PersonMention::name).toList());
    // two people's names joined are no one's: "the Hale-Morrow ticket"
    assertFalse(named(analyze("Ann Hale chose Jim Morrow.",
        "The Hale-Morrow ticket won, Morrow said.")).contains("Hale-Morrow"));
  }

  @Test
  void courtCasesShopsCompaniesOutletsAndQuotedNicknamesAreNoPeople() {
    AnalyzedArticle a = analyze("The judge cited Harlow v. Denby on Monday.",
        "Mayor Ann Cole said she shops at Hattie's Pantry and buys coffee at Brill's every week.",
        "Shares of Danner fell 4 percent on Monday.",
        "Danner, which runs 300 stores, said sales were weak.",
        "Hollis said its stores would close.",
        "Cole told Kestrel in an interview that she would run, the network reported.",
        "Governor Tom Reed called his rival \"Sleazy Sam\" at the rally.",
        "Reed told The Hartley that Cole would lose.");
    List<String> named = a.people().stream().filter(PersonMention::named)
        .map(PersonMention::name).toList();
    assertTrue(named.containsAll(List.of("Ann Cole", "Tom Reed")), named.toString());
    assertTrue(named.stream().allMatch(n -> n.contains("Cole") || n.contains("Reed")),
        named.toString());
  }

  @Test
  void anOutletNamedWithTheIsNoPersonWhicheverCaseTheArticleTakes() { // issue 12
    AnalyzedArticle a = analyze("Senator Ann Cole told the Hartwell that she would run.",
        "Governor Tom Reed, speaking on the Hill, said she would lose.",
        "Reed later wrote in the Granger that he was sure. The vote in the Hartfield went badly for him.");
    assertEquals(List.of("Ann Cole", "Tom Reed", "Reed"), named(a));
  }

  @Test
  void aVerbBeforeATitleIsNoPartOfTheRole() { // issue 13: "challenging Rep." was a role
    AnalyzedArticle a = analyze("Ann Cole said Friday that she is challenging Rep. Tom Reed for the"
        + " seat that became open this week.");
    assertEquals(List.of("Rep."), a.people().stream().filter(p -> "Tom Reed".equals(p.name()))
        .map(PersonMention::role).toList());
    // a noun in "-ing" is no verb: "the king's private secretary"
    AnalyzedArticle k = analyze("The letter was signed by the king's private secretary Tom Reed.");
    assertEquals(List.of("king's private secretary"), k.people().stream()
        .filter(p -> "Tom Reed".equals(p.name())).map(PersonMention::role).toList());
  }

  @Test
  void aNicknameInQuotesIsNoEndToTheName() { // issue 13: 'William "Mo" Cowan' was William and Cowan
    List<String> named = named(analyze("The governor picked former Chief of Staff William \"Mo\""
        + " Brandt, who also served as her counsel.", "Governor Ann Cole on Wednesday appointed"
        + " William \"Mo\" Brandt to the seat.", "Brandt said he was honoured."));
    assertTrue(named.stream().noneMatch(n -> n.equals("William") || n.equals("Mo")), named.toString());
    // a quotation opening with a name is no nickname
    List<String> told = named(analyze("Ann Cole told Jim Hart \"Tom Brand is lying\" and walked out."));
    assertTrue(told.contains("Tom Brand"), told.toString());
  }

  @Test
  void aNameInThePossessiveOpensTheDescription() { // issue 13
    assertEquals(List.of("Cole’s lawyer"), unnamed(analyze("Mayor Ann Cole had waived her right"
        + " to silence, the council argued, a contention Ms. Cole’s lawyer disputed.")));
    // an adjective before a possessive belongs to the description: "a former Danner's executive"
    assertEquals(List.of("former Danner's executive"),
        unnamed(analyze("A former Danner's executive said the store would close.")));
  }

  @Test
  void aClericsTitleIsNoPartOfTheName() { // issue 13: "Jesuit Father Thomas J. Reese" was a name
    List<String> named = named(analyze("\"The budget fails the poor,\" said Jesuit Father Thomas J."
        + " Reese, a senior fellow at the centre.", "Bishop Daniel Jenky said the same."));
    assertTrue(named.containsAll(List.of("Thomas J. Reese", "Daniel Jenky")), named.toString());
  }

  @Test
  void aCompanyNamedLikeAPersonIsNoPerson() { // issue 13: Roche and Thomas Cook were people
    List<String> named = named(analyze("Tour operator Jim Hartley cancelled all flights to Clayburn on"
            + " Monday.", "Jim Hartley said it would refund every customer.",
        "The strain is resistant to Danner AG's drug, said Ann Cole, a virologist.",
        "Danner said it had made more of the drug."));
    assertEquals(List.of("Ann Cole"), named);
    // a trade, and a verb in "-ing" after a name, are no company's
    List<String> people = named(analyze("Pictures showed Ann Cole holding a rifle outside the court.",
        "Crane operator Jim Hartley was hurt on Monday.", "Ann Cole said she bought the gun."));
    assertTrue(people.containsAll(List.of("Ann Cole", "Jim Hartley")), people.toString());
  }

  @Test
  void aNameSetBesideABusinessOrItsLegalFormIsNoPerson() { // issue 13: a restaurant was a person
    List<String> named = named(analyze("Healthalicious, the restaurant that the lawyers named, was on"
        + " Second Avenue.", "Ann Cole said Hartley, L.L.C., owed her money."));
    assertEquals(List.of("Ann Cole"), named);
    // a business ahead of the noun a person is named by is that person's trade, or employer
    assertEquals(List.of("Tom Brand", "Brand"), named(analyze("Tom Brand, the restaurant owner, said"
        + " business was slow.", "Brand said he would close in May.")));
    assertEquals(List.of("Martin Oduya"), named(analyze("\"It is a big change,\" said Martin Oduya,"
        + " the company's director.")));
  }

  @Test
  void aWordCoinedFromANameIsNoPerson() { // issue 13: "Obamacare" was in the who's who
    List<String> named = named(analyze("Governor Tom Reed defended his health law on Monday.",
        "\"He stole billions from pensioners to fund Reedcare,\" said Senator Ann Cole.",
        "Critics say Reedonomics failed, and Hallorism is no better, said Jim Hart."));
    assertTrue(named.stream().noneMatch(n -> n.startsWith("Reedc") || n.startsWith("Reedo")
        || n.startsWith("Hallor")), named.toString());
    assertTrue(named.containsAll(List.of("Tom Reed", "Ann Cole", "Jim Hart")), named.toString());
  }

  @Test
  void anEditorsBracketAndWhereSomeoneIsFromAreNoPartOfTheirName() { // issue 13
    List<String> named = named(analyze("Sheriff Ann Cole backed Tom Reed in 2008 over fellow Arizonan"
            + " Jim Hart.",
        "\"It looks like (Norlandic strongman Walter) Grosz is going to win,\" Reed said."));
    assertTrue(named.contains("Jim Hart") && named.contains("Walter Grosz")
        && named.stream().noneMatch(n -> n.contains("Arizonan") || n.contains("(") || n.contains(")")),
        named.toString());
  }

  @Test
  void placesLawsEventsAndOutletsUsedAsModifiersAreNoPeople() { // issue 12
    assertEquals(List.of("Reed"), named(analyze("Reed opposed Medishield, the health law.",
        "He said Medishield was a failure and that the Medishield law would be repealed.")));
    assertEquals(List.of("Ann Cole"), named(analyze(
        "Officials in Carver said the Carver bridge would close. Mayor Ann Cole agreed.")));
    assertEquals(List.of("Jane Doe"), named(analyze("\"We will see,\" said Fox host Jane Doe.",
        "Fox declined to comment.")));
    // A name used as someone's anywhere, or given with a first name, stays a person.
    assertEquals(List.of("Reed", "Reed"), named(analyze("The Reed administration cut taxes.",
        "Reed said he was proud of the Reed tax plan.")));
    assertTrue(named(analyze("Senator Ann Cole praised Jim Hart.",
        "Hart, a farmer, said the Hart family would stay.")).contains("Jim Hart"));
  }

  @Test
  void aNameTheStoryOnlyUsesAsAPlaceIsNoPersonEvenWithAFirstName() { // issue 12
    assertEquals(List.of("Ann Cole", "Cole"), named(analyze(
        "Families of the children killed at Sandy Cove met Senator Ann Cole.",
        "\"Nothing would have stopped the massacre at Sandy Cove,\" Cole said.")));
    // A person looked at, or whose view is given, stays a person.
    assertEquals(List.of("Ann Cole", "Jim Hart", "Hart"), named(analyze(
        "Senator Ann Cole looked at Jim Hart.", "In Hart's view, the plan failed.")));
  }

  @Test
  void aRoleNeverComesFromTheNextClause() { // issue 12
    AnalyzedArticle speaking = analyze("Speaking to Jane Doe, the governor said he disagreed.");
    assertNull(person(speaking, "Jane Doe").role());
    assertTrue(speaking.people().stream().anyMatch(p -> !p.named() && "governor".equals(p.role())),
        speaking.people().toString());
    assertNull(person(analyze("\"It was a disaster,\" said Jane Doe, the governor added."), "Jane Doe").role());
    assertEquals("host", person(analyze(
        "In an interview with host Jane Doe, the governor said he disagreed."), "Jane Doe").role());
    // The name's own appositive is still its role.
    assertEquals("host of the show", person(analyze(
        "Jane Doe, the host of the show, said the governor disagreed."), "Jane Doe").role());
  }

  @Test
  void aDescriptionThatIsTheObjectOfAnEarlierClauseIsNoRole() { // issue 12
    assertNull(person(analyze("After meeting the governor, Jane Doe, 45, said the plan had failed."),
        "Jane Doe").role());
    assertNull(person(analyze("When she called the governor, Jane Doe, 45, was told the plan had failed."),
        "Jane Doe").role());
    // A description that opens its phrase, or follows a speech verb, is still the name's role.
    assertEquals("counterpart", person(analyze(
        "\"We will talk again,\" said his counterpart, Jane Doe, after the meeting."), "Jane Doe").role());
    assertEquals("governor's spokeswoman", person(analyze(
        "Meanwhile, the governor's spokeswoman, Jane Doe, said the plan had failed."), "Jane Doe").role());
  }

  @Test
  void aDefiniteDescriptionThatActsIsAPerson() { // issue 13
    assertEquals(List.of("governor"), unnamed(analyze("The governor signed the harbour bill on Tuesday.")));
    assertEquals(List.of("Harwick Gazette columnist"), unnamed(analyze(
        "Pointing to his years at sea, the Harwick Gazette columnist urged voters to back the bill.")));
    assertEquals(List.of("governor"), unnamed(analyze(
        "Lawmakers said that if the governor signs the bill, the quay will reopen.")));
    // Not "a" or "an" someone, not the object of a preposition, not a group, not "be" before a
    // noun phrase, which may name someone else.
    assertEquals(List.of(), unnamed(analyze("A protester threw a bottle at the gate.",
        "A letter from the governor arrived on Monday.", "The senators voted against the bill.",
        "The mayor is a Democrat.", "The source of the leak remains unknown.",
        "The death count rose to 20 on Friday.", "Talks with the mayor and the governor ended on Monday.")));
  }

  @Test
  void aVerbsObjectBeforeAndIsNotWhoSpeaksAfterIt() { // issue 13
    assertEquals(List.of(), unnamed(analyze(
        "After a student approached the councillor and asked about the toll, Ann Cole left.")));
    assertEquals(List.of("mayor"), unnamed(analyze("The mayor met reporters and said the toll would stay.")));
    assertEquals(List.of("mayor"), unnamed(analyze("Voters elected the mayor, who said the toll would stay.")));
  }

  @Test
  void aHeadlineThatOpensWithADescriptionDescribesSomeone() { // issue 13
    assertEquals(List.of("Wessex Councillor"),
        unnamed(analyzeWithHeadline("Wessex Councillor Apologizes for Toll Remarks", "Ann Cole said sorry.")));
    assertEquals(List.of("Governor of Texas"),
        unnamed(analyzeWithHeadline("Governor of Texas Is Pressed to Veto Toll", "Ann Cole was pressed.")));
    // a participle, as a headline writes the passive
    assertEquals(List.of("Former Mayor"),
        unnamed(analyzeWithHeadline("Former Mayor Charged in Fraud Case", "Ann Cole was charged.")));
    assertEquals(List.of("Kent Congressman"), unnamed(analyzeWithHeadline(
        "Kent Congressman Expected to Be Indicted", "Rep. Ann Cole is expected to be indicted.")));
    // a deck, the headline's second line, printed as the first paragraph
    assertEquals(List.of("Governor"), unnamed(analyzeWithHeadline("Lund Named Interim Senator",
        "Governor Appoints Ex-Aide to Fill the Seat", "Gov. Ann Cole on Wednesday appointed Tom Lund.")));
    assertEquals(List.of(), unnamed(analyzeWithHeadline("Lund Named Interim Senator",
        "Governor appoints ex-aide to fill the seat", "Gov. Ann Cole on Wednesday appointed Tom Lund.")));
    // not a byline or a caption
    for (String first : List.of("Staff Writer Reports From Ashland",
        "Council Member Quiggs, Left, and Mayor Lund on Monday")) {
      assertEquals(List.of(), unnamed(analyzeWithHeadline("Lund Named Interim Senator", first,
          "Gov. Ann Cole on Wednesday appointed Tom Lund.")), first);
    }
    // a title before a name, a plural, no role: nobody described
    assertEquals(List.of(), unnamed(analyzeWithHeadline("Governor Ann Cole Signs Toll Bill", "She signed.")));
    assertEquals(List.of(), unnamed(analyzeWithHeadline("Senators Vote to Close the Port", "They voted.")));
    assertEquals(List.of(), unnamed(analyzeWithHeadline("Harbour Reopens After Storm", "It reopened.")));
    // a role word qualifying a noun, a company, a name the tagger missed
    for (String headline : List.of("Student Loan Rates Rise", "Justice Department Sues Wessex",
        "General Motors Recalls Cars", "Head Start Program Expands", "Teacher Pay Raise Approved",
        "Student Loan Rates Raised", "Senator Ted Lund Says Toll Stays",
        // a participle or a noun in "-ed" qualifying the noun after it
        "Officer Involved Shooting Under Review", "Doctor Assisted Suicide Bill Advances",
        "Officer Speed Trap Angers Drivers", "Governor Proposed Budget Cuts Schools",
        "Speaker Hallor Says Toll Stays")) {
      assertEquals(List.of(), unnamed(analyzeWithHeadline(headline, "It happened.")), headline);
    }
  }

  private static AnalyzedArticle analyzeWithHeadline(String headline, String... paragraphs) {
    Article a = article(List.of(), paragraphs);
    return new Analyzer().analyze(new Article(a.id(), a.file(), a.format(),
        Metadata.EMPTY.withTitle(Sourced.of(headline, Origin.FRONT_MATTER, "test")), a.blocks(),
        a.credits(), a.noise(), a.contentHash()), null);
  }

  @Test
  void aRoleSetBesideANameRunsOnOverAndToItsComma() { // issue 13
    assertEquals("chief medical officer for Kent and Essex", person(analyze(
        "However, Tom Reyes, the chief medical officer for Kent and Essex, said the fever was spreading."),
        "Tom Reyes").role());
    assertEquals("secretary of the city's welfare and health department", person(analyze(
        "She was recovering well, said Ann Cole, secretary of the city's welfare and health department."),
        "Ann Cole").role());
    assertEquals("director of the Kent Centers for Fever Control and Prevention", person(analyze(
        "\"Our concern has grown,\" Tom Reyes, director of the Kent Centers for Fever Control and"
            + " Prevention, told reporters."), "Tom Reyes").role());
    // a list goes on to the next name: the mayor is Tom Reyes's role, not Ann Cole's
    AnalyzedArticle list = analyze("Tom Reyes, the mayor, and Ann Cole said the port would open.");
    assertEquals("mayor", person(list, "Tom Reyes").role());
    assertNull(person(list, "Ann Cole").role());
    // "and" with more people after a post with no complement is a list of whom the sentence names
    assertNull(person(analyze("The mayor thanked Ann Cole, the nurse and staff."), "Ann Cole").role());
    assertNotEquals("manager and staff", person(analyze(
        "Ann Cole, the manager and staff, welcomed the decision."), "Ann Cole").role());
    assertNull(person(analyze("The statement was signed by Tom Reyes, the chairman of the board and members."),
        "Tom Reyes").role());
  }

  @Test
  void itsBeforeAPostIsTheOrganisationTheSentenceOpensWith() { // issue 13
    assertEquals("Kent Port Authority", person(analyze("The Kent Port Authority stopped short of closing"
        + " the harbour, but its director general, Dr Ann Cole, said it might."), "Ann Cole").affiliation());
    assertEquals("Kent Port Authority", person(analyze("WASHINGTON (Reuters) - The Kent Port Authority"
        + " said on Monday that its chairman, Tom Reyes, would resign."), "Tom Reyes").affiliation());
    // not an organisation the sentence names after someone
    assertNull(person(analyze("Tom Reyes said the Kent Port Authority and its chairman, Ann Cole, had erred."),
        "Ann Cole").affiliation());
  }

  @Test
  void aQuotationAPageBrokeInTwoHoldsItsWordsInItsSecondParagraph() { // issue 13
    AnalyzedArticle broken = analyze("The council said it was following the flood.",
        "\"The council is taking the situation seriously.",
        "The mayor has been fully briefed,\" an aide said.");
    assertEquals(List.of("aide"), unnamed(broken), "the mayor is in the aide's words");
    // a stray mark is no quotation running on: the mayor of the prose after it still speaks
    AnalyzedArticle stray = analyze("Ann Hale said the \"plan was dead.",
        "The mayor said the toll would stay.", "\"It stays,\" Tom Lund said.");
    assertTrue(unnamed(stray).contains("mayor"), stray.people().toString());
  }

  @Test
  void aRelationRightBeforeANameAfterAPossessivePronounIsTheirRole() { // issue 13
    assertEquals("partner", person(analyze(
        "In a statement, her partner Tom Reyes said it was a difficult time."), "Tom Reyes").role());
    assertEquals("client", person(analyze(
        "His client Tom Reyes said nothing as he left the court."), "Tom Reyes").role());
    // a firm's partner is no one's relation
    assertNull(person(analyze("The bank and its partner Tom Reyes said the deal was off."), "Tom Reyes").role());
  }

  @Test
  void aPostInIngOrWithGeneralIsAPostAndAnHonorificStandsBetweenItAndTheName() { // issue 13
    assertEquals("acting director of the Kent Port Authority", person(analyze(
        "Tom Reyes, acting director of the Kent Port Authority, told reporters the port was shut."),
        "Tom Reyes").role());
    assertEquals("director general", person(analyze(
        "The agency did not raise its alert, but its director general, Ann Cole, said it might."),
        "Ann Cole").role());
    assertEquals("agency's director general", person(analyze(
        "The agency did not raise its alert, but the agency's director general, Dr Ann Cole, said it might."),
        "Ann Cole").role());
    assertEquals("agency's director-general", person(analyze(
        "Ann Cole, the agency's director-general, said the alert might rise."), "Ann Cole").role());
    assertEquals("secretary general", person(analyze(
        "The secretary general, Ann Cole, said the alert might rise."), "Ann Cole").role());
    // a verb in "-ing" with its object is no post
    assertNull(person(analyze("Tom Reyes, visiting the mayor, said the bridge was unsafe."), "Tom Reyes").role());
    // nor is the first of a list whose next name has an honorific
    assertNull(person(analyze("The letter was praised by the chairman, Sir Tom Hale, Dr Ann Cole and"
        + " Mr Dan Reyes."), "Tom Hale").role());
  }

  @Test
  void aTitleAfterAOrAnIsAPostSomeoneMayHoldNotTheirRole() { // issue 13: "a President Romney"
    AnalyzedArticle a = analyze("The ports would be in the cross hairs of a Governor Hallor, who"
        + " backs the toll. Mr. Hallor said on Wednesday that he favours a cap.");
    assertTrue(a.people().stream().filter(p -> "Hallor".equals(p.name())).allMatch(p -> p.role() == null),
        a.people().toString());
    assertEquals("Gov.", person(analyze("Gov. Ann Cole signed the bill."), "Ann Cole").role());
    // "a" opening a noun phrase the name qualifies: the title is theirs
    assertEquals("former Gov.", person(analyze("A former Gov. Ann Cole adviser said the toll would stay."),
        "Ann Cole").role());
  }

  @Test
  void aPostHeldBeforeAndATimeOverWhichSomeoneActsLeaveTheDescription() { // issue 13
    assertEquals(List.of("ex-congressman"), unnamed(analyze(
        "When prosecutors charged the couple last Friday, the ex-congressman said he accepted the blame.")));
    assertEquals(List.of("congressman"), unnamed(analyze(
        "The congressman over the weekend joked about the toll on the radio.")));
  }

  @Test
  void aDescriptionSpeaksAcrossAnAsideHoldingAQuotation() { // issue 13
    // the aside's closing comma inside the quotation marks, or after them
    assertEquals(List.of("councillor"), unnamed(analyze("The councillor, who called the vote"
        + " \"a fix,\" went on to insist that the toll was unlawful.")));
    assertEquals(List.of("councillor"), unnamed(analyze("The councillor, who called it \"a fix\","
        + " said the toll was unlawful.")));
    // words in quotation marks that are no aside's: the speaker is found as before
    assertEquals(List.of("mayor"), unnamed(analyze("\"We will win,\" the mayor, who spoke first, said.")));
    assertEquals(List.of("Ann Brand", "Ann Brand"), analyze("\"The toll stays,\" Ann Brand said,"
        + " \"and so do I.\"").quotes().stream().map(Quote::speaker).toList());
  }

  @Test
  void aRelativeWhoActsOrSpeaksIsSomeoneAndTheirNameTakesTheRelation() { // issue 13: "his wife"
    assertEquals(List.of("wife"), unnamed(analyze("His wife said she was sorry.")));
    assertEquals(List.of("wife"), unnamed(analyze("Mr. Hallor and his wife used the money to pay for a cruise.")));
    assertEquals(List.of("mother of the driver"), unnamed(analyze("The mother of the driver said she wanted answers.")));
    assertEquals("wife", person(analyze("His wife, Ann Hallor, is expected to plead guilty."), "Ann Hallor").role());
    // a possessive's description is as definite as one after "the": "her spokesman declined"
    assertEquals(List.of("spokesman"), unnamed(analyze("Her spokesman declined to comment on the toll.")));
  }

  @Test
  void aDescriptionCarriedOnByWithSpeaksAndAPrepositionsObjectBeforeAndDoesNot() { // issue 13
    assertEquals(List.of("top official with the group"), unnamed(analyze("The group says it has not"
        + " wavered, though a top official with the group said it is open to a discussion.")));
    assertEquals(List.of(), unnamed(analyze("She spoke with the mayor and said the toll would stay.")));
    assertEquals(List.of("mayor", "governor"), unnamed(analyze("The mayor met with the governor, who"
        + " said the toll would stay.")));
  }

  @Test
  void aRoleSetBeforeTheNameHoldsAfterAVerbsPrepositionAndBeforeTheirState() { // issue 13
    assertEquals("Senate majority leader", person(analyze("The letter was delivered to the Senate"
        + " majority leader, Tom Hale of Ohio, on Wednesday."), "Tom Hale").role());
    assertEquals("minority leader", person(analyze("The minority leader, Ann Cole of Ohio, said"
        + " the bill was dead."), "Ann Cole").role());
    // a phrase opening the sentence is no apposition of the name after it
    assertNull(person(analyze("After meeting the governor, Jane Doe, 45, said the toll would stay."),
        "Jane Doe").role());
    // a lower-case noun for someone by what they are, before the name ("false title")
    assertEquals("Libyan strongman", person(analyze("It looks like Libyan strongman Omar Tarek is"
        + " going to win."), "Omar Tarek").role());
    assertEquals("Billionaire", person(analyze("Billionaire Ann Cole said the tax was fair."),
        "Ann Cole").role());
    // past an age set beside the name: the role is theirs, no one else's
    AnalyzedArticle aged = analyze("Ann Cole, 45, a teacher at the school, said the toll was unfair.");
    assertEquals("teacher at the school", person(aged, "Ann Cole").role());
    assertEquals(List.of(), unnamed(aged));
    // a role heading two organisations; a role "as" gives the name before it
    assertEquals("head of the Media Research Center", person(analyze("Tom Hale, head of the Media"
        + " Research Center and the Heritage Foundation, said he was not surprised."), "Tom Hale").role());
    assertEquals("chief of staff", person(analyze("The mayor named Ann Cole as chief of staff on"
        + " Monday."), "Ann Cole").role());
    assertNull(person(analyze("Ann Cole as well as Tom Hale said the toll was unfair."), "Ann Cole").role());
    // a plural title written out heads a list of names: each holds it
    AnalyzedArticle senators = analyze("Senators Tom Hale and Ann Cole offered support.");
    assertEquals("Senator", person(senators, "Tom Hale").role());
    assertEquals("Senator", person(senators, "Ann Cole").role());
  }

  @Test
  void aRoleSetBeforeTheNameLeavesOutAParticiplesPhrase() {
    AnalyzedArticle judge = analyze("The federal judge overseeing the case, Ann Brand, is scheduled to"
        + " sentence Mr. Lund in June.");
    assertEquals("federal judge", person(judge, "Ann Brand").role());
    assertEquals(List.of(), unnamed(judge), "the judge is Ann Brand, no one else");
    assertEquals("spokesman", person(analyze("The spokesman appointed by the council, Tom Hale, said the"
        + " toll was fair."), "Tom Hale").role());
    // a participle's object may be whom the name stands beside
    assertNull(person(analyze("The lawyer representing the governor, Ann Cole, said the toll was fair."),
        "Ann Cole").role());
  }

  @Test
  void aDescriptionOwnedByATitledNameActs() { // issue 13: "President Obama's chief of staff used"
    assertEquals(List.of("President Hale’s chief of staff"), unnamed(analyze(
        "President Hale’s chief of staff used the council as an intermediary.")));
    // a possessive after a preposition is the complement's, not what makes the head definite
    assertEquals(List.of("spokesman for Hale’s campaign"), unnamed(analyze(
        "The spokesman for Hale’s campaign declined to comment.")));
  }

  @Test
  void whoSpeaksInAParticipleAfterACommaIsTheClausesSubject() { // issue 13
    assertEquals(List.of("spokesman for the council"), unnamed(analyze(
        "A spokesman for the council hit back on Monday, saying the toll was fair.")));
    assertEquals(List.of(), unnamed(analyze("The council voted on Monday, saying the toll was fair.")));
    // a participle joined on by a hyphen modifies the organisation a description is carried to
    assertEquals(List.of("aide to the Republican-led House Ways and Means Committee"), unnamed(analyze(
        "An aide to the Republican-led House Ways and Means Committee said the toll was fair.")));
  }

  @Test
  void theNewRulesKeepToTheirPlace() { // issue 13: a review's probes of this session's rules
    // a participle's speaker is the subject of its own clause, not of the one before
    assertEquals("governor", onlyQuote(analyze("The mayor criticized the plan, and the governor"
        + " responded on Monday, saying: \"The mayor is wrong.\"")).speaker());
    assertNull(onlyQuote(analyze("As the mayor spoke, the council hit back, saying: \"The claims"
        + " are false.\"")).speaker());
    assertEquals("mayor", onlyQuote(analyze("The mayor said on Monday that the governor had lied,"
        + " adding: \"He must resign.\"")).speaker());
    // a relative in a list of a family is the next name's
    AnalyzedArticle family = analyze("Tom Hale, his wife, Ann, and their two children were hurt.");
    assertNull(person(family, "Tom Hale").role());
    assertEquals("wife", person(family, "Ann").role());
    assertEquals("wife", person(analyze("He is survived by his wife, Ann, a son, Dan, and a daughter,"
        + " Eva."), "Ann").role());
    assertEquals("mayor", person(analyze("Tom Hale, the mayor, Ann Cole, the governor, and Dan Reyes"
        + " met."), "Tom Hale").role());
    // a label others give is no post; a post given "as" is no one else
    assertNull(person(analyze("Critics cast Tom Hale as a Washington insider."), "Tom Hale").role());
    AnalyzedArticle chosen = analyze("The choice of Paul Hale as his vice presidential nominee surprised many.");
    assertEquals("vice presidential nominee", person(chosen, "Paul Hale").role());
    assertEquals(List.of(), unnamed(chosen));
    // kin words in sayings and names are no one
    assertEquals(List.of(), unnamed(analyze("The mother of all battles began on Thursday.")));
    assertEquals(List.of(), unnamed(analyze("Big Brother said the show would return.")));
    // the whole description set before a name, not a noun inside it
    assertEquals("wife of the senator", person(analyze("He spoke with the wife of the senator, Ann"
        + " Cole, at the party."), "Ann Cole").role());
    // a participle in a description's complement, not a verb cutting it short
    assertEquals(List.of("father of the slain teenager"), unnamed(analyze(
        "The father of the slain teenager said he wanted justice.")));
    assertEquals(List.of("lawyer for the jailed activist"), unnamed(analyze(
        "A lawyer for the jailed activist said the charges were false.")));
    // a list after a description; a speaker set in after a name
    assertNull(person(analyze("The bill was praised by the chairman, Tom Hale, Ann Cole and Dan Reyes."),
        "Tom Hale").role());
    assertNull(person(analyze("Ann Cole, 45, the mayor said, was a good neighbor."), "Ann Cole").role());
  }

  @Test
  void aDescriptionActsAcrossAnAsideOpeningWithAPreposition() { // issue 13
    assertEquals(List.of("council speaker"), unnamed(analyze("The council speaker, in an interview with"
        + " the Gazette to air on Tuesday morning, gave the toll a two-in-three chance of staying.")));
    assertEquals(List.of("mayor"), unnamed(analyze("The mayor, in turn, said the toll would stay.")));
  }

  @Test
  void aDefiniteDescriptionThatIsSomethingOrOneOfTwoSubjectsIsAPerson() { // issue 13
    assertEquals(List.of("president", "governor"), unnamed(analyze(
        "Cole said he thought the president was native-born, but now he is not so sure.",
        "Observers cautioned that the governor is deliberate and not prone to act hastily.")));
    assertEquals(List.of("congressman", "former president"), unnamed(analyze(
        "The congressman and the former president were not contacted for the review.")));
  }

  @Test
  void aStrayQuotationMarkDoesNotHideTheNextParagraphsPeople() {
    assertEquals(List.of("Harwick Gazette columnist"), unnamed(analyze(
        "\"One party will tax,\" he added. 'The other will spend. It is both of them together.\"",
        "Pointing to his years at sea, the Harwick Gazette columnist urged voters to back the bill. "
            + "\"Hello, my name is the harbour, and I have a problem,\" he declared.")));
  }

  @Test
  void aSpeechVerbTheTaggerTakesForAPluralAfterAQuotationStillReportsSpeech() {
    AnalyzedArticle a = analyze("\"Who are you!\" the seven-term congressman demands.");
    assertEquals(List.of("seven-term congressman"), unnamed(a));
    assertEquals("seven-term congressman", onlyQuote(a).speaker());
    // common verbs of reporting: shouting, contending
    assertEquals("harbour master", onlyQuote(analyze("\"Get out!\" the harbour master shouted.")).speaker());
    assertEquals(List.of("spokesman for the port"), unnamed(analyze(
        "A spokesman for the port contends that the toll is fair.")));
    // demands that are no one's speech
    assertEquals(List.of(), unnamed(analyze("The harbour workers' demands were rejected on Monday.")));
    // a thing that "demands" is no one who speaks
    assertEquals(List.of(), unnamed(analyze("\"Vote no on the toll,\" the campaign flyer demands.")));
  }

  @Test
  void anEmployerIsAsOftenACompanyAsAPerson() { // issue 13
    assertEquals(List.of(), unnamed(analyze("Her employer announced 300 layoffs on Tuesday.")));
  }

  @Test
  void aSpeakerBeforeAnAsideIsTheSpeaker() { // issue 13
    assertEquals(List.of("spokesman"), unnamed(analyze(
        "The spokesman, speaking on condition of anonymity, said the quay would reopen.")));
    assertEquals(List.of("harbour master"), unnamed(analyze(
        "The harbour master -- who has run the port for years -- said the work was late.")));
    Quote q = onlyQuote(analyze(
        "Anna Kowalski, speaking after a meeting with Tom Reyes, said: \"The bridge will open in May.\""));
    assertEquals("Anna Kowalski", q.speaker());
  }

  @Test
  void aSpeakerOrActorBeforeATimeOrDidNotIsThatPerson() { // issue 13
    assertEquals(List.of("governor"), unnamed(analyze("The governor on Wednesday will sign the bill.")));
    assertEquals(List.of("spokesman for the port"), unnamed(analyze(
        "A spokesman for the port did not immediately respond to requests for comment.")));
    assertEquals(List.of("spokeswoman for the Harwick Harbour Authority"), unnamed(analyze(
        "A spokeswoman for the Harwick Harbour Authority said the quay would reopen.")));
    assertEquals("Anna Kowalski", onlyQuote(analyze(
        "Mayor Anna Kowalski on Monday said: \"The bridge will open in May.\"")).speaker());
  }

  @Test
  void aSpeakerCarriedOnByTwoObjectsJoinedByAndIsOnePerson() {
    assertEquals(List.of("lawyer for the harbour board and the union"), unnamed(analyze(
        "Prosecutors have subpoenaed the port’s records, the lawyer for the harbour board and the"
            + " union said Thursday.")));
    // a thing carried on by two objects, and two groups, are no person
    assertEquals(List.of(), unnamed(analyze("A report for the council and the board said the toll"
        + " would stay.", "The council and the board said the toll would stay.",
        "The cost of the bridge and the road had risen, Ann Cole said.")));
  }

  @Test
  void anotherSomeoneJoinedToAKnownPersonInAReportedClauseActs() {
    assertEquals(List.of("Hallor’s deputy", "senior harbour official"), unnamed(analyze(
        "On Saturday, the mayor of Ashland, Ann Cole, said Mr. Hallor’s deputy and another senior"
            + " harbour official had threatened to withhold aid.")));
    assertEquals(List.of("harbour official"), unnamed(analyze(
        "Ann Cole said Tom Hallor and another harbour official had threatened to withhold aid.")));
    // "another" alone, or joined to a group or to "a" someone, is still too often anyone
    assertEquals(List.of(), unnamed(analyze(
        "Ann Cole said the council and another official had threatened to withhold aid.",
        "Another official had threatened to withhold aid.",
        "A protester and another man threw bottles at the gate.",
        "Ann Cole said the cost of the bridge and the road had risen.")));
  }

  @Test
  void aClientOrFriendOfSomeoneNamedActs() {
    assertEquals(List.of("client"), unnamed(analyze(
        "Ann Cole’s lawyer, Tom Reyes, said his client had “acted in good faith.”")));
    assertEquals(List.of("Tom Reyes’s colleague"), unnamed(analyze(
        "Tom Reyes’s colleague had already left the port.")));
    // a company's client may be a company; a client list is a thing
    assertEquals(List.of(), unnamed(analyze("The bank said its client had paid the toll.",
        "The client list had grown by Monday.")));
  }

  @Test
  void aDescriptionJoinedByAndToANamedAgentIsAnAgentToo() {
    assertEquals(List.of("wife"), unnamed(analyze(
        "Records showed that expenses charged by Tom Hallor and his wife to the campaign included a cruise.")));
    assertEquals(List.of("governor"), unnamed(analyze("The harbour bill was signed by Ann Cole and the governor.")));
    // not a measure, not a thing, not the lone agent of a participle (the documents speak)
    assertEquals(List.of(), unnamed(analyze("Fees charged by the hour and the mile rose.",
        "Fees charged by Tom Hallor and the company rose.",
        "Documents obtained by the lawyer for the family said the toll was illegal.")));
  }

  @Test
  void aDescriptionWithJoinedAdjectivesActsInItsRelativeClause() {
    assertEquals(List.of("colorful and sometimes combative councillor"), unnamed(analyze(
        "But the colorful and sometimes combative councillor who represents parts of Ashland and"
            + " Dover was characteristically sharp.")));
    assertEquals(List.of("deeply unpopular governor"), unnamed(analyze(
        "The deeply unpopular governor who signed the bill left office in May.")));
    // a thing, a group, a question
    assertEquals(List.of(), unnamed(analyze(
        "The old and crumbling bridge that carries the road was closed.",
        "The council, who voted on Monday, was split.", "Reporters asked who paid the toll.")));
  }

  @Test
  void aDefinitePlainNounForAPersonThatSpeaksOrActsIsAnUnnamedPerson() {
    assertEquals(List.of("man"), unnamed(analyze("\"Who are you?\" the man shouted at the harbour master.")));
    assertEquals(List.of("young man"),
        unnamed(analyze("The young man said the quay had been empty for an hour.")));
    assertEquals(List.of("woman"), unnamed(analyze("The woman fled the harbour before dawn.")));
    assertEquals(List.of("teenager"),
        unnamed(analyze("The teenager was arrested near the quay on Tuesday.")));
  }

  @Test
  void anIndefinitePlainNounForAPersonIsAPersonOnlyWhereItSpeaks() {
    assertEquals(List.of("young man"), unnamed(analyze("A young man said the quay was empty.")));
    assertEquals(List.of("second person"), unnamed(analyze(
        "\"It was empty,\" said a second person accompanying him.")));
    assertEquals(1, unnamed(analyze("Another man said the toll was far too high.")).size());
    assertEquals(List.of(), unnamed(analyze("A man walked along the quay on Tuesday.")),
        "a man who only acts may be anyone");
  }

  @Test
  void aPlainNounForAPersonIsNoRoleOfANamedPerson() {
    AnalyzedArticle aside = analyze("Ann Cole, a 21-year-old woman, said the quay was icy.");
    assertEquals(List.of(), unnamed(aside));
    assertNull(person(aside, "Ann Cole").role(), "a woman is no post");
    assertEquals(List.of(), unnamed(analyze("He said he did not know the woman who received the letter,"
        + " Ann Cole, a student at the harbour college.")));
    AnalyzedArticle before = analyze("The woman, Ann Cole, said the quay was icy.");
    assertEquals(List.of(), unnamed(before));
    assertNull(person(before, "Ann Cole").role(), "a woman is no post");
  }

  @Test
  void aPlainNounInANameASayingOrAGroupIsNoPerson() {
    assertEquals(List.of(), unnamed(analyze("The Man Booker prize was awarded to Tom Brand on Tuesday.")));
    assertEquals(List.of(), unnamed(analyze("The men said the quay was icy.")));
    assertEquals(List.of(), unnamed(analyze("Residents said the quay was icy.")));
    assertEquals(List.of(), unnamed(analyze("The man in the moon was smiling over the harbour.")));
    assertEquals(List.of(), unnamed(analyze("The average man cannot afford the toll.")));
  }

  @Test
  void aDescriptionNamedAsSomeoneIsTheirRole() { // issue 13
    AnalyzedArticle a = analyze("The 30-year-old student, who has been named only as Mr Lund, was"
        + " taken to hospital in Ashland.");
    assertEquals("30-year-old student", person(a, "Lund").role());
    assertEquals(List.of(), unnamed(a), "the student is Lund, no one else");
    assertEquals("teacher", person(analyze("The teacher, named as Ann Hale, was taken to hospital."),
        "Ann Hale").role());
    // a description the name is not given to keeps its own person
    assertEquals(List.of("student"), unnamed(analyze("The student, who met Tom Lund, was taken to"
        + " hospital.")));
  }

  @Test
  void aPartialQuotationsSubjectMayStandBesideItsApposition() { // issue 13
    assertEquals("Ann Hale", onlyQuote(analyze(
        "Ann Hale, the mayor, said the bridge would be \u201ca triumph\u201d for the city.")).speaker());
    assertEquals("Ann Hale", onlyQuote(analyze(
        "The mayor of Ashland, Ann Hale, called the plan \u201ca disgrace\u201d.")).speaker());
    assertEquals("Ann Hale", onlyQuote(analyze("The council stopped short of a vote but its chair,"
        + " Dr Ann Hale, said the option remained \u201con the table\u201d.")).speaker());
    // a name a verb's object, set beside a description, is not who spoke; nor one set beside
    // someone a group or a relation is of
    assertNotEquals("Tom Lund", onlyQuote(analyze(
        "The mayor met Tom Lund, a lawyer, and called the plan \u201ca disgrace\u201d.")).speaker());
    assertNotEquals("Ann Hale", onlyQuote(analyze(
        "Critics of the mayor, Ann Hale, called the plan \u201ca disaster\u201d.")).speaker());
    assertNotEquals("Ann Hale", onlyQuote(analyze(
        "Tom Lund, a friend of the mayor, Ann Hale, called the plan \u201ca disaster\u201d.")).speaker());
  }

  @Test
  void aQuotationRunningIntoTheNextParagraphIsFoundAndCredited() { // issue 13
    AnalyzedArticle a = analyze("Ann Hale, the mayor, said: \u201cThe bridge will open in May.",
        "\u201cIt will cost less than we feared.\u201d", "Tom Lund disagreed.");
    assertEquals(List.of("The bridge will open in May.", "It will cost less than we feared."),
        a.quotes().stream().map(Quote::text).toList());
    assertEquals(List.of("Ann Hale", "Ann Hale"), a.quotes().stream().map(Quote::speaker).toList());

    // a paragraph whose opening mark a page lost: the first paragraph's words are still quoted
    AnalyzedArticle b = analyze("A spokesman for the school said: \u201cThe boy is recovering at home.",
        "The school is closed for half-term.", "\u201cThe agency advised us to close.",
        "We will reopen on June 7.\u201d");
    assertEquals("The boy is recovering at home.", b.quotes().get(0).text());
    assertEquals("spokesman for the school", b.quotes().get(0).speaker());
  }

  @Test
  void aNameBesideTheBodyTheSpeakerIsWithSpeaks() { // issue 13
    assertEquals("Tom Skinner", onlyQuote(analyze(
        "Tom Skinner of the CDC said: \u201cWe do not know how far it has spread.\u201d")).speaker());
    assertEquals("Tom Skinner", onlyQuote(analyze(
        "\u201cWe do not know how far it has spread,\u201d Tom Skinner of the CDC said.")).speaker());
    assertEquals("Ann Hale", onlyQuote(analyze(
        "Ann Hale of Kent University said the virus was \u201cvery worrying\u201d.")).speaker());
    assertEquals("Ann Hale", onlyQuote(analyze("There might be cases already, said Dr Ann Hale at"
        + " the University of Kent: \u201cThousands of travellers come in every day.\u201d")).speaker());
  }

  @Test
  void anAppositionWhoseClosingCommaIsMissingIsTheNamesRole() { // issue 13
    AnalyzedArticle a = analyze("\u201cOur concern has grown,\u201d Dr. Tom Lund, acting director of"
        + " the Kent Centers for Disease Control told reporters in a telephone briefing.");
    assertEquals("Tom Lund", onlyQuote(a).speaker());
    assertEquals(List.of(), unnamed(a), "the apposition is Lund's role, no one else");
  }

  @Test
  void wordsQuotedInWhatAnInvertedAttributionReportsAreTheSpeakers() { // issue 13
    assertEquals("Tom Lund", onlyQuote(analyze("No one was hurt, said Tom Lund, adding that the"
        + " closure was \u201cnecessary\u201d.")).speaker());
    // another subject after "but" says it
    assertNotEquals("Tom Lund", onlyQuote(analyze("No one was hurt, said Tom Lund, but the union"
        + " called the closure \u201can overreaction\u201d.")).speaker());
    // after "said", a colon may bring in a message's words, not the speaker's
    assertNotEquals("Ann Hale", onlyQuote(analyze("Ann Hale said the message from the council was"
        + " clear: \u201cWe will not pay.\u201d")).speaker());
    assertEquals("Lund", onlyQuote(analyze("Lund conceded that there was no case for locking the pig"
        + " away: \u201cWe understand that, but most people do not know.\u201d")).speaker());
  }

  @Test
  void aQuotationStandingAloneGoesOnFromTheSpeakerBeforeIt() { // issue 13
    assertEquals("Tom Lund", analyze("Tom Lund said the bridge would open in May."
        + " \u201cIt is a great day for the city.\u201d").quotes().get(0).speaker());
    assertEquals("Ann Hale", analyze("Ann Hale, professor of statistics at Kent University, criticised"
        + " the agency for failing to publish the data.",
        "\u201cWhen you see a big difference, you ask why.\u201d").quotes().get(0).speaker());
    assertEquals("Ann Hale", analyze("Ann Hale was cleared of all charges."
        + " \u201cI am relieved.\u201d").quotes().get(0).speaker(), "in the first person");
    assertEquals("Tom Lund", analyze("Tom Lund was asked whether he would resign."
        + " \u201cNever.\u201d").quotes().get(0).speaker(), "one asked answers");
    // someone undergoing something is spoken of; one asking is answered; words reported
    assertNull(analyze("Tom Lund was arrested on Monday."
        + " \u201cHe is a dangerous man.\u201d").quotes().get(0).speaker());
    assertNull(analyze("Ann Hale asked Tom Lund whether he would resign."
        + " \u201cNever.\u201d").quotes().get(0).speaker());
    assertNull(analyze("Tom Lund said the crowd began to chant."
        + " \u201cOut, out, out.\u201d").quotes().get(0).speaker());
    // a group, two people, or a sentence between: no one's in particular
    assertNull(analyze("Critics said the bridge would never open."
        + " \u201cIt is a white elephant.\u201d").quotes().get(0).speaker());
    assertNull(analyze("Ann Hale met Tom Lund on Monday."
        + " \u201cIt was a good meeting.\u201d").quotes().get(0).speaker());
    assertNull(analyze("Tom Lund said the bridge would open in May.", "The council disagreed.",
        "\u201cIt is a great day for the city.\u201d").quotes().get(0).speaker());
  }

  private static List<String> named(AnalyzedArticle a) {
    return a.people().stream().filter(PersonMention::named).map(PersonMention::name).toList();
  }

  private static List<String> unnamed(AnalyzedArticle a) {
    return a.people().stream().filter(p -> !p.named()).map(PersonMention::role).toList();
  }

  private static Quote onlyQuote(AnalyzedArticle a) {
    assertEquals(1, a.quotes().size(), a.quotes().toString());
    return a.quotes().get(0);
  }

  private static PersonMention person(AnalyzedArticle a, String name) {
    return a.people().stream().filter(p -> name.equals(p.name())).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + a.people()));
  }

  private static AnalyzedArticle analyze(String... paragraphs) {
    return new Analyzer().analyze(article(List.of(), paragraphs), null);
  }

  private static Article article(List<Credit> credits, String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      blocks.add(new Block(BlockKind.PARAGRAPH, paragraphs[i], i + 1));
    }
    return new Article("made-up", "made-up.txt", "text", Metadata.EMPTY, blocks, credits,
        List.of(), "0".repeat(64));
  }
}
