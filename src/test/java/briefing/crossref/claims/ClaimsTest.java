package briefing.crossref.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.Article;
import briefing.model.Block;
import briefing.model.BlockKind;
import briefing.model.Metadata;
import briefing.model.Source;
import briefing.model.analysis.AnalyzedArticle;
import briefing.model.analysis.Quote;
import briefing.model.analysis.Sentence;
import briefing.model.analysis.Span;
import briefing.model.briefing.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {
  /** Sentences each source tells alone, which give the story its common words. */
  private static final List<String> FILLER = List.of(
      "The harbour council met in the town hall for most of the afternoon.",
      "Fishermen gathered outside the hall with banners about the harbour.",
      "Several councillors left early to speak with reporters on the steps.",
      "A bakery near the harbour sold out of bread before noon on Tuesday.",
      "Children from the island school sang for visitors at the pier.",
      "The weather office expects calmer seas later in the month ahead.");

  @Test
  void aStatementSourcesParaphraseIsOneClaimCitingEachSource() {
    List<Source> sources = List.of(
        source("a", "The mayor warned that the ferry service could stop entirely after one more winter storm."),
        source("b", "One more winter storm could stop the ferry service entirely, the mayor warned on Friday."),
        source("c", "Tourism offices reported record bookings for the summer festival."));

    List<Claim> claims = Claims.find(sources);

    assertEquals(1, claims.size(), claims.toString());
    assertEquals(List.of("a", "b"), claims.get(0).sources());
  }

  @Test
  void sentencesNamingTheSamePeopleButSayingOtherThingsAreNoClaim() {
    List<Source> sources = List.of(
        source("a", "Harbour Master Tomas Varga and Mayor Ilse Brandt opened the new ferry terminal."),
        source("b", "Harbour Master Tomas Varga and Mayor Ilse Brandt disagreed about fishing quotas."));

    assertEquals(List.of(), Claims.find(sources));
  }

  @Test
  void sentencesSharingManyRareNamesNeedShareOnlyOneWordOfWhatTheySay() {
    List<Source> sources = List.of(
        source("a", "Ferries will serve Ardmore, Kilbride, Port Selwyn and Lochmaben from May."),
        source("b", "The new timetable serves Port Selwyn, Lochmaben, Ardmore and Kilbride."));

    List<Claim> claims = Claims.find(sources);

    assertEquals(1, claims.size(), claims.toString());
  }

  @Test
  void aYearBothStateCountsAsARareWordTheyShare() {
    List<Source> sources = List.of(
        source("a", "Fairport left the coastal league in 1987 after a bitter dispute over fishing rights."),
        source("b", "Officials recalled that the town of Fairport left the league in 1987."));

    List<Claim> claims = Claims.find(sources);

    assertEquals(1, claims.size(), claims.toString());
  }

  @Test
  void ofTwoVersionsTheShorterStandsForTheClaim() {
    String longer = "Meanwhile, the harbour office said in a long statement on Friday that the ferry"
        + " service could stop entirely after one more winter storm.";
    String shorter = "The ferry service could stop entirely after one more winter storm, the harbour office said.";
    List<Source> sources = List.of(source("a", longer), source("b", shorter));

    List<Claim> claims = Claims.find(sources);

    assertEquals(1, claims.size(), claims.toString());
    assertEquals(shorter, claims.get(0).summary());
  }

  @Test
  void aSourceThatWordsAClaimTwiceHasBothSentencesInIt() {
    List<Source> sources = List.of(
        source("a", "The mayor warned that the ferry service could stop entirely after one more winter storm.",
            "“One more winter storm and the ferry service could stop entirely,” the mayor told the council."),
        source("b", "One more winter storm could stop the ferry service entirely, the mayor warned on Friday."),
        source("c", "The ferry service could stop entirely after one more winter storm, said the mayor."));

    List<Claim> claims = Claims.find(sources);

    assertEquals(1, claims.size(), claims.toString());
    assertEquals(List.of("a s3", "a s4", "b s3", "c s3"), claims.get(0).versions().stream()
        .map(v -> v.citation().article() + " " + v.citation().sentence()).toList());
  }

  @Test
  void aSentenceThatStatesTwoThingsJoinsAClaimForEach() {
    List<Source> sources = List.of(
        source("a", "The council has denied it plans to close the ferry terminal and demanded new"
            + " funding for the island school from the regional government."),
        source("b", "The council denied any plans to close the ferry terminal before next winter."),
        source("c", "Councillors demanded new funding for the island school from the regional government."));

    List<Claim> claims = Claims.find(sources);

    assertEquals(List.of(List.of("a", "b"), List.of("a", "c")),
        claims.stream().map(Claim::sources).sorted(Comparator.comparing(List::toString)).toList(),
        claims.toString());
  }

  @Test
  void aSentenceThatStatesTwoClaimsStandsForOneOfThemAtMost() {
    List<Source> sources = List.of(
        source("a", "The council denied it plans to close the ferry terminal and demanded funds for the island school."),
        source("b", "The council denied any plans to close the ferry terminal before the storms of next winter reach the coast."),
        source("c", "Councillors demanded funds for the island school from the regional government in a letter on Friday evening."));

    List<String> summaries = Claims.find(sources).stream().map(Claim::summary).toList();

    assertEquals(2, summaries.stream().distinct().count(), summaries.toString());
  }

  @Test
  void twoClaimsThatComeToHoldTheSameWordsOfOneSentenceAreOne() {
    // a's two sentences keep the two claims apart at first; c's sentence, in both, is one claim
    List<Source> sources = List.of(
        source("a", "The company moored six trawlers along the northern pier of Alder Bay on Monday.",
            "Fishermen said six trawlers were crowding the berths of the northern pier."),
        source("b", "On Monday the company moored six trawlers along the northern pier of Alder Bay."),
        source("c", "Six trawlers the company moored along the northern pier were crowding its berths, fishermen said."),
        source("e", "Six trawlers crowding the northern pier's berths angered fishermen."));

    List<Claim> holding = Claims.find(sources).stream().filter(c -> c.versions().stream()
        .anyMatch(v -> v.citation().article().equals("c") && v.citation().sentence().equals("s3"))).toList();

    assertEquals(1, holding.size(), holding.toString());
    assertEquals(List.of("a", "b", "c", "e"), holding.get(0).sources());
  }

  @Test
  void clausesThatMatchAsTheirWholeSentencesDoAreNoSecondClaim() {
    List<Source> sources = List.of(
        source("a", "The council closed the ferry terminal for repairs, while the harbour school"
            + " moved its lessons to the library."),
        source("b", "The council closed the ferry terminal for repairs, while the harbour school"
            + " moved its lessons to the library hall."));

    List<Claim> claims = Claims.find(sources);

    assertEquals(1, claims.size(), claims.toString());
  }

  @Test
  void wordsReportsUseForOneAnotherTellOneClaim() {
    List<Source> sources = List.of(
        source("a", "Fears grow as the company has amassed boats near the frontier."),
        source("b", "Concerns rise as the firm deployed vessels at the border."));

    List<Claim> claims = Claims.find(sources);

    assertEquals(1, claims.size(), claims.toString());
  }

  @Test
  void whatMayHappenAndWhatHappenedAreNoOneClaim() {
    // one tells what the company did years ago, the other what the mayor threatens in the event
    // it does so: the same doing, once a fact and once a condition
    List<Source> sources = List.of(
        source("a", "It was Dunmore Mining that flooded the Alder Valley nearly nine years ago.",
            "Dunmore Mining runs three quarries in the Alder Valley."),
        source("b", "The mayor repeated the threat of heavy fines against Dunmore Mining in the event it"
            + " floods the Alder Valley nine years after its purchase of the Kettle Dam.",
            "Dunmore Mining employs most of the workers in the Alder Valley."),
        source("c", "Farmers in the Alder Valley have long complained about Dunmore Mining and its trucks."));

    assertEquals(List.of(), Claims.find(sources));
  }

  @Test
  void whatTwoSourcesSayMayHappenIsOneClaim() {
    List<Source> sources = List.of(
        source("a", "The mayor has promised heavy fines if Dunmore Mining floods the Alder Valley."),
        source("b", "The mayor repeated the threat of heavy fines in the event Dunmore Mining floods"
            + " the Alder Valley."));

    assertEquals(1, Claims.find(sources).size());
  }

  @Test
  void twoActorsAndOneWordSaidOfThemAreNoClaim() {
    List<Source> sources = List.of(
        source("a", "The mayor praised Varga and Brandt as they agreed."),
        source("b", "Varga and Brandt alone agreed to attend."));

    assertEquals(List.of(), Claims.find(sources),
        "the two names are who the story is about; one word said of them is not one statement");
  }

  @Test
  void aPhraseBothWriteIsOneThingSaidNotMany() { // issue 13
    assertEquals(List.of(), Claims.find(List.of(
        source("a", "Historians shrugged at the deal, noting that a quid pro quo is common."),
        source("b", "Councillor Brand said the talks were an illegal quid pro quo."))),
        "\"quid pro quo\" is one phrase, not three words said alike");
  }

  @Test
  void wordsOfDifferentNamedPeopleAreNoOneClaim() { // issue 13
    String words = "the harbour toll will stay for the winter and pay for the new bridge";
    assertEquals(List.of(), Claims.find(List.of(
        spoken("a", "Mayor Ann Hallor", "\u201cI am sure " + words + ",\u201d Mayor Ann Hallor said."),
        spoken("b", "Tom Brand", "\u201cNobody believes " + words + ",\u201d said Tom Brand."))));
    // one person's words, however the reports name them, are one claim
    assertEquals(1, Claims.find(List.of(
        spoken("a", "Mayor Ann Hallor", "\u201cI am sure " + words + ",\u201d Mayor Ann Hallor said."),
        spoken("b", "Hallor", "\u201cI am quite sure " + words + ",\u201d Hallor said."))).size());
  }

  @Test
  void sentencesSharingAPhraseAndMoreStillStateOneClaim() { // issue 13
    List<Source> sources = List.of(
        source("a", "The ferry meeting took place behind closed doors at the harbour office."),
        source("b", "Behind closed doors at the harbour office, the ferry meeting took place."));

    assertEquals(1, Claims.find(sources).size());
    // of the same actor, the phrase is what is said of them
    assertEquals(1, Claims.find(List.of(
        source("a", "Ruritania has denied it plans to invade Moravia and demanded an end to alliance "
            + "expansion and a halt to drills near its border."),
        source("b", "The Western allies have threatened further sanctions, while Ruritania itself denies "
            + "plans to invade Moravia."))).size());
  }

  @Test
  void wordsThatOnlyAttributeSayNothingAlike() {
    List<Source> sources = List.of(
        source("a", "Councillor Varga also urged Tarrow Marine to end what she called its neglect of the quays."),
        source("b", "Tarrow Marine rejects those charges and says it is answering what it calls neglectful planning."));

    assertEquals(List.of(), Claims.find(sources),
        "\"what she called\" and \"what it calls\" tell who speaks, not what is said");
  }

  @Test
  void aWordThatOnlyAttributesIsNoNameEither() {
    List<Source> sources = List.of(
        source("a", "Varga told Brandt the quays would close within the month."),
        source("b", "Brandt told Varga the plan for the quays was dead."));

    assertEquals(List.of(), Claims.find(sources),
        "two names, \"told\" and one word are not three names and a word said alike");
  }

  @Test
  void aWordThatAttributesCountsWhereItIsAHappeningOfItsOwn() {
    List<Source> sources = List.of(
        source("a", "Tarrow Marine called off the quay repairs after the storm."),
        source("b", "After the storm, the quay repairs were called off by Tarrow Marine."));

    assertEquals(1, Claims.find(sources).size());
  }

  @Test
  void aQuotationCutIntoShortSentencesStatesOneClaimInEachOfThem() {
    List<Source> sources = List.of(
        quotation("a", "\u201cThe harbour board tells Kilbride, wait, the tide will turn.",
            "And we say wait for what?", "Wait until when?\u201d"),
        quotation("b", "\u201cThe harbour board tells Kilbride, \u2018Wait.", "The tide will turn.\u2019",
            "And we say wait for what?", "Wait until when?\u201d"));

    List<Claim> claims = Claims.find(sources);

    assertEquals(1, claims.size());
    assertEquals(List.of("a s3", "a s4", "a s5", "b s3", "b s4", "b s5", "b s6"),
        claims.get(0).versions().stream().map(v -> v.citation().article() + " " + v.citation().sentence()).toList(),
        "each report cut the quotation its own way; its pieces say nothing alone");
  }

  @Test
  void aQuotedStatementOfWholeSentencesStatesEachOfThemApart() {
    List<Source> sources = List.of(
        quotation("a", "\u201cWe can confirm that the harbour board has received three subpoenas from the county.",
            "All three subpoenas concern the closure of the Kilbride quays last spring.",
            "The board intends to cooperate fully with the county prosecutor's inquiry.\u201d"),
        quotation("b", "\u201cWe can confirm that the harbour board has received three subpoenas from the county.",
            "All three subpoenas concern the closure of the Kilbride quays last spring.",
            "The board intends to cooperate fully with the county prosecutor's inquiry.\u201d"));

    List<Claim> claims = Claims.find(sources);

    assertEquals(3, claims.size(), "three sentences that each state something are three claims");
    claims.forEach(c -> assertEquals(2, c.versions().size()));
  }

  @Test
  void aQuotationMadeLongEnoughByItsPiecesNeedsMoreThanTwoWordsAlike() {
    List<Source> sources = List.of(
        quotation("a", "\u201cThere will be quays where we can make progress, and quays where we disagree.",
            "That is what bargaining is about.\u201d"),
        source("b", "\u201cYou make no progress with a gun to the harbour's head,\u201d Varga told the Herald."));

    assertEquals(List.of(), Claims.find(sources),
        "\"make progress\" is all the two say alike; the first sentence alone is too short to compare");
  }

  /** A report of one sentence quoting {@code speaker}. */
  private static Source spoken(String id, String speaker, String sentence) {
    Source plain = source(id, sentence);
    AnalyzedArticle a = plain.analysis();
    Quote quote = new Quote(sentence, false, speaker, "quote-then-speaker", List.of("s3"),
        new Span("s3", 1, 2));
    return new Source(plain.article(), new AnalyzedArticle(a.article(), a.contentHash(), a.analyser(),
        a.anchor(), a.sentences(), List.of(), List.of(), List.of(), List.of(), List.of(quote), List.of()));
  }

  /** A report whose statements are one quotation that runs through them all. */
  private static Source quotation(String id, String... pieces) {
    Source plain = source(id, pieces);
    List<Sentence> sentences = plain.analysis().sentences();
    List<String> ids = sentences.subList(2, sentences.size()).stream().map(Sentence::id).toList();
    String text = String.join(" ", List.of(pieces)).replaceAll("[\u201c\u201d]", "");
    Quote quote = new Quote(text, false, null, "unattributed", ids, new Span(ids.get(0), 1, 2));
    AnalyzedArticle a = plain.analysis();
    return new Source(plain.article(), new AnalyzedArticle(a.article(), a.contentHash(), a.analyser(),
        a.anchor(), sentences, List.of(), List.of(), List.of(), List.of(), List.of(quote), List.of()));
  }

  private static Source source(String id, String... statements) {
    List<String> texts = new ArrayList<>();
    int own = 2 * (id.charAt(0) - 'a');
    texts.add(FILLER.get(own % FILLER.size()));
    texts.add(FILLER.get((own + 1) % FILLER.size()));
    texts.addAll(List.of(statements));
    List<Block> blocks = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (String text : texts) {
      blocks.add(new Block(BlockKind.PARAGRAPH, text, blocks.size() + 1));
      sentences.add(new Sentence("s" + (sentences.size() + 1), blocks.size() - 1, 0, text.length(), text));
    }
    Article article = new Article(id, id + ".txt", "text", Metadata.EMPTY, blocks, List.of(),
        List.of(), "hash-" + id);
    AnalyzedArticle analysis = new AnalyzedArticle(id, "hash-" + id, "test", "2023-02-07",
        sentences, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    return new Source(article, analysis);
  }
}
