package briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.analyze.quotes.ContinuedQuote;
import briefing.analyze.quotes.QuoteThenSpeaker;
import briefing.analyze.quotes.Quotes;
import briefing.analyze.quotes.SentenceSubject;
import briefing.analyze.quotes.SpeakerInNextSentence;
import briefing.analyze.quotes.SpeakerThenQuote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: the rule that credited a quote, in words for readers behind "why?". */
class QuoteCreditsTest {
  private static final List<String> RULES = List.of(QuoteThenSpeaker.NAME, SpeakerThenQuote.NAME,
      SpeakerInNextSentence.NAME, ContinuedQuote.NAME, SentenceSubject.NAME);

  @Test
  void aQuoteCreditedByTheSpeakerAfterItSaysSo() {
    assertEquals("Credited because the sentence names the speaker right after the quote.",
        QuoteCredits.explain(QuoteThenSpeaker.NAME));
  }

  @Test
  void everyAttributionRuleHasASentenceOfItsOwn() {
    String general = QuoteCredits.explain("a-rule-nobody-wrote");
    List<String> sentences = RULES.stream().map(QuoteCredits::explain).toList();
    for (int i = 0; i < RULES.size(); i++) {
      assertNotEquals(general, sentences.get(i), RULES.get(i) + " falls back to the general sentence");
      assertTrue(sentences.get(i).startsWith("Credited"), sentences.get(i));
      assertTrue(!sentences.get(i).contains("-"), "no rule names for readers: " + sentences.get(i));
    }
    assertEquals(RULES.size(), sentences.stream().distinct().count(), "each rule reads differently");
  }

  @Test
  void aPronounResolvedToItsSpeakerIsSaidToo() {
    String named = QuoteCredits.explain(SpeakerThenQuote.NAME);
    String pronoun = QuoteCredits.explain(SpeakerThenQuote.NAME + "+pronoun");
    assertTrue(pronoun.startsWith(named) && pronoun.contains("“he” or “she”"), pronoun);
  }

  @Test
  void anUnattributedQuoteSaysNobodyIsCredited() {
    assertTrue(QuoteCredits.explain(Quotes.UNATTRIBUTED).startsWith("Not credited"));
  }
}
